import Foundation
import Testing

/// `workbook.xlsx` and `milestones.ics` as their users open them: openpyxl and LibreOffice for
/// the workbook, PyPI icalendar for the calendar, both checked against the same run's workbook.xml.
@Suite("workbook.xlsx and milestones.ics")
struct WorkbookXLSXTests {
  static let support = BinaryRunner.root.appendingPathComponent("Tests/EndToEndTests/Support")

  /// Reports `inventory` as xml, xlsx and ics into a new folder, with extra `arguments`.
  static func report(_ inventory: String, _ arguments: [String] = []) throws -> URL {
    let out = try BinaryRunner.temporaryFolder()
    let run = try BinaryRunner.run(
      ["report", inventory, "--out", out.path, "--format", "xml,xlsx,ics"] + arguments)
    #expect(run.status == 0, "\(run.stderr)")
    return out
  }

  /// Runs `script` (check_xlsx.py or check_ics.py) on `file` and the folder's workbook.xml.
  static func check(_ script: String, _ file: String, in folder: URL) throws {
    let run = try ExampleFiguresTests.runTool(
      "python3",
      [
        Self.support.appendingPathComponent(script).path, folder.appendingPathComponent(file).path,
        folder.appendingPathComponent("workbook.xml").path,
      ])
    #expect(run.status == 0, "\(script) \(file):\n\(run.output)")
  }

  @Test("the example's workbook.xlsx and milestones.ics hold the engine's figures, with the trend")
  func example() throws {
    let out = try BinaryRunner.temporaryFolder()
    let history = out.appendingPathComponent("history.sqlite")
    try FileManager.default.copyItem(
      at: ExampleOutputTests.folder.appendingPathComponent("history.sqlite"), to: history)
    let folder = try Self.report(
      "Examples/contact-centre.yaml", ["--as-of", "2026-11-25", "--history", history.path])
    try Self.check("check_xlsx.py", "workbook.xlsx", in: folder)
    try Self.check("check_ics.py", "milestones.ics", in: folder)
  }

  @Test("hostile strings come out intact or safely replaced, never as formulas, without history")
  func hostile() throws {
    let folder = try Self.report("Tests/Fixtures/hostile.yaml")
    try Self.check("check_xlsx.py", "workbook.xlsx", in: folder)
    try Self.check("check_ics.py", "milestones.ics", in: folder)
  }

  @Test("the observed example's workbook.xlsx lists the observed scenario after the assumed ones")
  func observed() throws {
    let folder = try Self.report("Examples/observed/inventory.yaml")
    try Self.check("check_xlsx.py", "workbook.xlsx", in: folder)
  }

  @Test("a literal _xHHHH_ in text reads back as written, not as the character it would encode")
  func literalHexCode() throws {
    let example = BinaryRunner.root.appendingPathComponent("Examples/contact-centre.yaml")
    var lines = try String(contentsOf: example, encoding: .utf8).components(separatedBy: "\n")
    let index = try #require(lines.firstIndex { $0.hasPrefix("  name: ") })
    lines[index] = "  name: \"Week _x0041_ and _x000D_ =1+1\""
    let space = try BinaryRunner.temporaryFolder()
    let inventory = space.appendingPathComponent("inventory.yaml")
    try Data(lines.joined(separator: "\n").utf8).write(to: inventory)
    try FileManager.default.copyItem(
      at: BinaryRunner.root.appendingPathComponent("Examples/holidays-nl.ics"),
      to: space.appendingPathComponent("holidays-nl.ics"))
    let folder = try Self.report(inventory.path, ["--as-of", "2026-11-25"])
    try Self.check("check_xlsx.py", "workbook.xlsx", in: folder)
  }

  @Test("two runs give byte-identical workbook.xlsx and milestones.ics")
  func deterministic() throws {
    let first = try Self.report("Examples/contact-centre.yaml", ["--as-of", "2026-11-25"])
    let second = try Self.report("Examples/contact-centre.yaml", ["--as-of", "2026-11-25"])
    for name in ["workbook.xlsx", "milestones.ics"] {
      let a = try Data(contentsOf: first.appendingPathComponent(name))
      let b = try Data(contentsOf: second.appendingPathComponent(name))
      #expect(a == b, "\(name) differs between two runs")
    }
  }

  @Test(
    "the default set writes workbook.xlsx (with the pages and workbook.xml) but not milestones.ics; --format ics writes only it"
  )
  func formats() throws {
    let out = try BinaryRunner.temporaryFolder()
    let all = try BinaryRunner.run(["report", "Examples/contact-centre.yaml", "--out", out.path])
    #expect(all.status == 0, "\(all.stderr)")
    let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
    #expect(files == ["briefing.html", "report.html", "workbook.xlsx", "workbook.xml"])
    let ics = try BinaryRunner.temporaryFolder()
    let run = try BinaryRunner.run([
      "report", "Examples/contact-centre.yaml", "--out", ics.path, "--format", "ics",
    ])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: ics.path) == ["milestones.ics"])
  }

  /// LibreOffice is big: a machine without it skips this test, but CI (`CI` set) installs it.
  static let libreOffice =
    FileManager.default.isExecutableFile(atPath: "/usr/bin/soffice")
    || ProcessInfo.processInfo.environment["CI"] != nil

  /// The example's sheets, in order (without history, so without Trend).
  static let sheets = [
    "Summary", "Checklist", "Flows", "Systems", "Usernames", "Risks", "Issues", "Decisions",
    "Actions", "Owner load", "Timeline", "Gantt",
  ]

  @Test(
    "LibreOffice prints the example's workbook.xlsx: every sheet, in order, in 9-point text or larger",
    .enabled(if: libreOffice))
  func libreOfficePrints() throws {
    let folder = try Self.report(
      "Examples/contact-centre.yaml", ["--as-of", "2026-11-25", "--no-history"])
    let profile = folder.appendingPathComponent("profile")
    let run = try ExampleFiguresTests.runTool(
      "soffice",
      [
        "--headless", "-env:UserInstallation=file://\(profile.path)", "--convert-to", "pdf",
        "--outdir", folder.path, folder.appendingPathComponent("workbook.xlsx").path,
      ])
    #expect(run.status == 0, "soffice:\n\(run.output)")
    let pdf = folder.appendingPathComponent("workbook.pdf")
    #expect(try Data(contentsOf: pdf).starts(with: Data("%PDF".utf8)), "soffice:\n\(run.output)")
    let pages = try ExampleFiguresTests.runTool(
      "python3",
      [Self.support.appendingPathComponent("print_pages.py").path, pdf.path] + Self.sheets)
    // The pages per sheet, for the record: "Risks: 4 pages, text 10.2 pt".
    print(pages.output)
    #expect(pages.status == 0, "print_pages.py:\n\(pages.output)")
  }
}

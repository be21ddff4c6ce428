import Foundation
import Testing

/// The programme manager's controls with the real binary (Tests/Fixtures/pm-control.yaml, as of
/// 2026-05-15): a RAG override beside the computed RAG, commentary, issues and owner load in
/// every output; workbook.xml valid against Schemas/workbook.xsd; gates on the computed RAG;
/// the briefing on one page; the commentary in the history and in `diff`.
@Suite("the PM's RAG override, commentary, issues and owner load", .serialized)
struct PMControlTests {
  static let fixture = "Tests/Fixtures/pm-control.yaml"
  static let shown =
    "AMBER, set by Juliana Costa: Vendor fix confirmed for 05-29 (computed RED: the critical risk"

  static func read(_ folder: URL, _ name: String) throws -> String {
    try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
  }

  @Test("every output shows the override, the commentary, the issues and the overloaded owners")
  func everyOutput() throws {
    let out = try BinaryRunner.temporaryFolder()
    let run = try BinaryRunner.run([
      "report", Self.fixture, "--out", out.path, "--format", "html,briefing,md,xml,xlsx",
    ])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(
      run.stderr.contains(
        "pm-control.yaml:12:88: warning: the testing RAG override lapsed on 2026-04-30"),
      "\(run.stderr)")
    let html = try Self.read(out, "report.html")
    #expect(html.contains("AMBER (set)"))
    #expect(html.contains(Self.shown.replacingOccurrences(of: "'", with: "&#39;")))
    #expect(html.contains("<h2 id=\"commentary-h\">Key messages</h2>"))
    #expect(html.contains("Approve the phone-number request in the returns flow"))
    #expect(html.contains("<h2 id=\"issues-h\">Issues</h2>"))
    #expect(html.contains("Staging webhooks drop bodies without a phone"))
    #expect(html.contains("1 open issue (1 critical)"))
    // Limit 2: Juliana Costa and Rafael Souza carry 3 each, Fernanda Lima 1.
    #expect(html.components(separatedBy: "OVERLOADED</strong>").count == 3)
    // The lapsed testing override is not shown: the computed GREEN stands alone.
    #expect(!html.contains("GREEN (set)"))
    let md = try Self.read(out, "report.md")
    #expect(md.contains("**Overall 57.4 of 100, AMBER.** " + Self.shown))
    #expect(md.contains("## Key messages"))
    #expect(md.contains("## Issues"))
    #expect(md.contains("| CRITICAL | Staging webhooks drop bodies without a phone (i1) |"))
    #expect(md.contains("### Juliana Costa (3) **OVERLOADED**"))
    let briefing = try Self.read(out, "briefing.html")
    #expect(briefing.contains("<h2>Key messages</h2>"))
    #expect(briefing.contains("<h2>Asks of the steering committee</h2>"))
    #expect(briefing.contains("Issues: 1 open issue (1 critical)"))
    for paper in ["A4 landscape", "letter landscape"] {
      let pages = try BriefingOutputTests.pages(
        out.appendingPathComponent("briefing.html"), paper: paper)
      #expect(pages == 1, "\(paper): \(pages) pages")
    }
    let xml = try Self.read(out, "workbook.xml")
    #expect(xml.contains(#"rag="red""#) && xml.contains(#"set-rag="amber""#))
    #expect(xml.contains(#"<owner name="Juliana Costa" load="3" overloaded="true">"#))
    let lint = try ExampleFiguresTests.runTool(
      "xmllint",
      [
        "--noout", "--schema",
        BinaryRunner.root.appendingPathComponent("Schemas/workbook.xsd").path,
        out.appendingPathComponent("workbook.xml").path,
      ])
    #expect(lint.status == 0, "\(lint.output)")
    try WorkbookXLSXTests.check("check_xlsx.py", "workbook.xlsx", in: out)
  }

  @Test("--fail-on red fails on the computed RED under an AMBER override; the terminal prints both")
  func gateUsesComputed() throws {
    let out = try BinaryRunner.temporaryFolder()
    let run = try BinaryRunner.run([
      "report", Self.fixture, "--out", out.path, "--format", "md", "--fail-on", "red",
    ])
    #expect(run.status == 1, "\(run.stderr)")
    #expect(run.stdout.contains("Overall 57.4 / 100  RED\n"), "\(run.stdout)")
    #expect(
      run.stdout.contains(
        "    set by the PM: AMBER, set by Juliana Costa until 2026-06-05: Vendor fix confirmed for 05-29"
      ), "\(run.stdout)")
    #expect(run.stdout.contains("Issues: 1 open issue (1 critical)"))
    #expect(run.stderr.contains("overall RAG is RED (the run fails on RED or worse)"))
  }

  @Test("an until more than 8 weeks ahead and an unknown link are input errors at the value")
  func inputErrors() throws {
    let folder = try BinaryRunner.temporaryFolder()
    let text = try String(
      contentsOf: BinaryRunner.root.appendingPathComponent(Self.fixture), encoding: .utf8
    )
    .replacingOccurrences(of: "until: 2026-06-05", with: "until: 2026-08-05")
    .replacingOccurrences(of: "link: bot-missing-phone", with: "link: bot-missing")
    let bad = folder.appendingPathComponent("bad.yaml")
    try Data(text.utf8).write(to: bad)
    let run = try BinaryRunner.run(["validate", bad.path])
    #expect(run.status == 65, "\(run.stderr)")
    #expect(
      run.stderr.contains(
        "bad.yaml:11:94: error: the overall RAG override holds until 2026-08-05, more than 8 weeks after 2026-05-15"
      ), "\(run.stderr)")
    #expect(run.stderr.contains("hint: set until to 2026-07-10 or earlier"))
    #expect(run.stderr.contains("error: unknown risk or task 'bot-missing'"))
  }

  @Test("the commentary is kept with the snapshot and diff shows how it changed")
  func commentaryInHistory() throws {
    let space = try HistoryWorkspace()
    let first = try String(
      contentsOf: BinaryRunner.root.appendingPathComponent(Self.fixture), encoding: .utf8)
    let second = first.replacingOccurrences(
      of: "asks: [Approve the phone-number request in the returns flow]",
      with: "asks: [Fund a second BSP sandbox]")
    let a = try space.write("a.yaml", first)
    let b = try space.write("b.yaml", second)
    #expect(try space.report(a, out: "a", ["--as-of", "2026-05-15", "--format", "md"]).status == 0)
    #expect(try space.report(b, out: "b", ["--as-of", "2026-05-22", "--format", "md"]).status == 0)
    let rows = try HistoryWorkspace.query(
      space.history, "SELECT part, text FROM commentary ORDER BY snapshot_id, position")
    #expect(
      rows.first
        == "summary|CRM cut-over done; the BSP pass-through is the one thing between us and testing."
    )
    #expect(rows.contains("ask|Fund a second BSP sandbox"))
    let run = try BinaryRunner.run([
      "diff", "--history", space.history.path, "--from", "2026-05-15", "--to", "2026-05-22",
    ])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("Asks: added “Fund a second BSP sandbox”"), "\(run.stdout)")
    #expect(
      run.stdout.contains("Asks: dropped “Approve the phone-number request in the returns flow”"))
  }
}

import Foundation
import Testing

/// The history keeps each risk title's and reason's message beside its English, so a later
/// report shows them in its own language: a closed risk's title in "since the last report", a
/// client's reason on the portfolio's index; rows from before show their English.
@Suite("stored titles and reasons in the report's language")
struct HistoryLanguageTests {
  /// The closed risk's title as week 1 wrote it, and as a Portuguese report shows it.
  static let english =
    "Task 'Add a BSUID field to the CRM' is late: unfinished (40%) after its end 2026-02-13"
  static let portuguese =
    "A tarefa “Add a BSUID field to the CRM” está atrasada: conclusão pendente (40%) após o"
    + " término em 13 de fev. de 2026"

  /// The minimal example, then a week later with the CRM task finished: its `task-late` risk
  /// closes.
  static func weeks(_ space: HistoryWorkspace) throws -> [String] {
    let minimal = try String(
      contentsOf: BinaryRunner.root.appendingPathComponent("Examples/minimal.yaml"), encoding: .utf8
    )
    let week2 = minimal.replacingOccurrences(of: "as_of: 2026-03-02", with: "as_of: 2026-03-09")
      .replacingOccurrences(of: "progress: 40", with: "progress: 100")
    return [try space.write("w1.yaml", minimal), try space.write("w2.yaml", week2)]
  }

  /// Week 1 in English, then week 2 in `language` into `w2`; returns week 2's report.md.
  static func twoWeeks(_ space: HistoryWorkspace, _ language: String, history: String? = nil)
    throws -> String
  {
    let weeks = try weeks(space)
    for (index, extra) in [[], ["--lang", language]].enumerated() {
      let run = try BinaryRunner.run(
        [
          "report", weeks[index], "--history", history ?? space.history.path, "--out",
          space.folder.appendingPathComponent("w\(index + 1)").path, "--format", "html,md",
        ] + extra, timeout: 60)
      #expect(run.status == 0, "\(run.stderr)")
    }
    return try text(space, "w2/report.md")
  }

  static func text(_ space: HistoryWorkspace, _ name: String) throws -> String {
    try String(contentsOf: space.folder.appendingPathComponent(name), encoding: .utf8)
  }

  @Test("a risk closed since the last report is named in Portuguese in a pt-BR report")
  func closedRiskInPortuguese() throws {
    let space = try HistoryWorkspace()
    let markdown = try Self.twoWeeks(space, "pt-BR")
    #expect(markdown.contains("### Riscos fechados\n\n- ALTO \(Self.portuguese)"), "\(markdown)")
    #expect(!markdown.contains(Self.english))
    let html = try Self.text(space, "w2/report.html")
    #expect(html.contains(Self.portuguese) && !html.contains("Task &#39;Add a BSUID"))
    let stored = try HistoryWorkspace.query(
      space.history,
      "SELECT s.as_of, r.title, r.title_message FROM risks r JOIN snapshots s ON s.id = r.snapshot_id"
        + " WHERE r.risk = 'task-late:crm-bsuid-field'")
    #expect(
      stored == [
        "2026-03-02|\(Self.english)|{\"v\":1,\"id\":\"risk.taskLate.task\",\"a\":[[\"title\","
          + "{\"t\":\"Add a BSUID field to the CRM\"}],[\"reason\",{\"m\":{\"id\":\"schedule.late."
          + "unfinished\",\"a\":[[\"percent\",{\"percent\":40.0}],[\"end\",{\"day\":\"2026-02-13\"}]]}}]]}"
      ])
  }

  @Test("in the pseudo-locale no English is left of the closed risk's title")
  func closedRiskInPseudoLocale() throws {
    let space = try HistoryWorkspace()
    let markdown = try Self.twoWeeks(space, "en-XA")
    let closed = try #require(
      markdown.components(separatedBy: "\n").first { $0.contains("[task-late:crm-bsuid-field") })
    #expect(closed.contains("'Add a BSUID field to the CRM'"))
    for word in ["Task", "is late", "unfinished", "after its end"] {
      #expect(!closed.contains(word), "\(closed)")
    }
  }

  @Test("a history from before messages were kept migrates in place and shows its English")
  func olderHistory() throws {
    let space = try HistoryWorkspace()
    let weeks = try Self.weeks(space)
    let first = try space.report(weeks[0], out: "w1")
    #expect(first.status == 0, "\(first.stderr)")
    // Week 1 as the previous version wrote it: no message columns, migrations up to v3.
    try HistoryWorkspace.edit(
      space.history,
      """
      ALTER TABLE snapshots DROP COLUMN overall_reason_message;
      ALTER TABLE risks DROP COLUMN title_message;
      DELETE FROM grdb_migrations WHERE identifier = 'v4-messages';
      """)
    let second = try space.report(weeks[1], out: "w2", ["--lang", "pt-BR", "--format", "md"])
    #expect(second.status == 0, "\(second.stderr)")
    let markdown = try Self.text(space, "w2/report.md")
    #expect(markdown.contains("### Riscos fechados\n\n- ALTO \(Self.english)"), "\(markdown)")
    #expect(
      try HistoryWorkspace.query(space.history, "SELECT identifier FROM grdb_migrations")
        .last == "v4-messages")
    #expect(
      try HistoryWorkspace.query(
        space.history,
        "SELECT as_of, overall_reason_message IS NULL FROM snapshots ORDER BY as_of")
        == ["2026-03-02|1", "2026-03-09|0"])
  }

  @Test("history copy carries the messages to PostgreSQL and back; a report there reads them")
  func postgres() throws {
    let cluster = try PostgresCluster()
    let space = try HistoryWorkspace()
    _ = try Self.twoWeeks(space, "en")
    let back = space.folder.appendingPathComponent("back.sqlite")
    for (from, to) in [(space.history.path, cluster.url()), (cluster.url(), back.path)] {
      let copy = try BinaryRunner.run(["history", "copy", from, to], timeout: 60)
      #expect(copy.status == 0, "\(copy.stderr)")
    }
    let columns = "SELECT title_message FROM risks ORDER BY snapshot_id, position"
    let original = try HistoryWorkspace.query(space.history, columns)
    #expect(original.contains { $0.contains("risk.taskLate.task") })
    #expect(try cluster.query(columns) == original)
    #expect(try HistoryWorkspace.query(back, columns) == original)
    let reasons = "SELECT overall_reason_message FROM snapshots ORDER BY as_of"
    #expect(try cluster.query(reasons) == HistoryWorkspace.query(space.history, reasons))
    let report = try BinaryRunner.run(
      [
        "report", space.folder.appendingPathComponent("w2.yaml").path, "--history",
        cluster.url(), "--out", space.folder.appendingPathComponent("pg").path, "--format", "md",
        "--lang", "pt-BR",
      ], timeout: 60)
    #expect(report.status == 0, "\(report.stderr)")
    #expect(try Self.text(space, "pg/report.md").contains("- ALTO \(Self.portuguese)"))
  }
}

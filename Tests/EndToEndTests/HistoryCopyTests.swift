import Foundation
import Testing

/// `history copy` moves a history between engines, idempotently.
@Suite("history copy: SQLite to PostgreSQL and back")
struct HistoryCopyTests {
  @Test("copied twice into PostgreSQL and back: the same diff, report and rows; nothing doubled")
  func roundTrip() throws {
    let cluster = try PostgresCluster()
    let space = try HistoryWorkspace()
    let weeks = try PostgresHistoryTests.weeks(space)
    for (week, inventory) in weeks.enumerated() {
      let run = try BinaryRunner.run([
        "report", inventory, "--history", space.history.path, "--out",
        space.folder.appendingPathComponent("w\(week)").path, "--quiet", "--fail-under", "30",
      ])
      #expect(run.status == 1, "\(run.stderr)")
    }
    let saved = try BinaryRunner.run([
      "baseline", weeks[0], "--name", "plan", "--history", space.history.path,
    ])
    #expect(saved.status == 0, "\(saved.stderr)")
    let back = space.folder.appendingPathComponent("back/history.sqlite").path
    for _ in 0..<2 {
      let copy = try BinaryRunner.run(["history", "copy", space.history.path, cluster.url()])
      #expect(copy.status == 0, "\(copy.stderr)")
      #expect(copy.stdout.hasPrefix("Copied 2 snapshots of 1 programmes and 1 baselines"))
      #expect(try BinaryRunner.run(["history", "copy", cluster.url(), back]).status == 0)
    }
    #expect(try cluster.query("SELECT count(*) FROM snapshots") == ["2"])
    #expect(try cluster.query("SELECT count(*) FROM gates") == ["2"])
    let diffs = try [space.history.path, cluster.url(), back].map { history in
      try BinaryRunner.run([
        "diff", "--history", history, "--from", "2026-03-02", "--to", "2026-03-09",
      ]).stdout
    }
    #expect(diffs[0].contains("changes from 2026-03-02 to 2026-03-09"))
    #expect(diffs[1] == diffs[0] && diffs[2] == diffs[0])
    let table = "SELECT as_of, tool_version, overall_score FROM snapshots ORDER BY as_of"
    #expect(
      try HistoryWorkspace.query(URL(fileURLWithPath: back), table)
        == HistoryWorkspace.query(space.history, table))
    let refused = try BinaryRunner.run(["history", "copy", space.history.path + ".missing", back])
    #expect(refused.status == 66)
  }
}

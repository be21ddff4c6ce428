import Foundation
import Testing

/// docs/history.md describes the real database: its tables and columns, and queries that run.
@Suite("docs/history.md matches the history database")
struct HistoryDocsTests {
  /// A history of three weekly reports of the base inventory.
  func history() throws -> URL {
    let space = try HistoryWorkspace()
    let inventory = try space.write("inventory.yaml", try HistoryWorkspace.baseInventory())
    for day in ["2026-03-02", "2026-03-09", "2026-03-16"] {
      let run = try space.report(inventory, out: day, ["--as-of", day, "--fail-under", "30"])
      #expect(run.status == 1, "\(run.stderr)")
    }
    return space.history
  }

  /// The document's part on the report history, before its part on the portfolio database.
  func document() throws -> String {
    try Self.parts()[0]
  }

  /// docs/history.md cut at "## The portfolio database".
  static func parts() throws -> [String] {
    try String(
      contentsOf: BinaryRunner.root.appendingPathComponent("docs/history.md"), encoding: .utf8
    ).components(separatedBy: "\n## The portfolio database\n")
  }

  @Test("every table and column of the database is in the document's table, and no other")
  func tables() throws {
    let file = try history()
    let tables = try HistoryWorkspace.query(
      file,
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'grdb%' AND name NOT LIKE 'sqlite%' ORDER BY rowid"
    )
    let rows = try document().split(separator: "\n").filter { $0.hasPrefix("| `") }
    #expect(rows.map { $0.split(separator: "`")[1] }.map(String.init) == tables)
    for (table, row) in zip(tables, rows) {
      let columns = try HistoryWorkspace.query(
        file, "SELECT name FROM pragma_table_info('\(table)')"
      )
      .filter { $0 != "snapshot_id" && $0 != "position" }
      for column in columns {
        #expect(row.contains("`\(column)`"), "docs/history.md does not describe \(table).\(column)")
      }
    }
  }

  @Test("every example query runs and returns rows")
  func queries() throws {
    let file = try history()
    let blocks = try document().components(separatedBy: "```sql\n").dropFirst()
      .map { $0.components(separatedBy: "```")[0] }
    #expect(blocks.count == 5)
    for sql in blocks {
      let rows = try HistoryWorkspace.query(file, sql)
      #expect(!rows.isEmpty, "no rows from:\n\(sql)")
    }
    let trend = try HistoryWorkspace.query(file, blocks[0])
    #expect(
      trend == [
        "2026-03-02|22.2|red|66.7|0.0|0.0", "2026-03-09|22.2|red|66.7|0.0|0.0",
        "2026-03-16|22.2|red|66.7|0.0|0.0",
      ])
  }
}

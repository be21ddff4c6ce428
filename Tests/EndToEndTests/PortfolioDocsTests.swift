import Foundation
import Testing

/// docs/history.md's part on the portfolio database describes the real one: its tables and
/// columns, and queries that run.
@Suite("docs/history.md matches the portfolio database")
struct PortfolioDocsTests {
  @Test("every table and column is in the document's table, and every example query returns rows")
  func document() throws {
    let space = try PortfolioTrendTests.workspace()
    #expect(try PortfolioTrendTests.portfolio("2026-03-02", in: space).status == 65)
    try PortfolioTrendTests.copy("Examples/minimal.yaml", to: "clients/shop.yaml", in: space)
    #expect(try PortfolioTrendTests.portfolio("2026-03-09", in: space).status == 65)
    let file = space.appendingPathComponent("out/portfolio.sqlite")
    let text = try HistoryDocsTests.parts()[1]

    let tables = try HistoryWorkspace.query(
      file,
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'grdb%' AND name NOT LIKE 'sqlite%' ORDER BY rowid"
    )
    let rows = text.split(separator: "\n").filter { $0.hasPrefix("| `") }
    #expect(rows.map { String($0.split(separator: "`")[1]) } == tables)
    for (table, row) in zip(tables, rows) {
      for column in try HistoryWorkspace.query(
        file, "SELECT name FROM pragma_table_info('\(table)')")
      {
        #expect(row.contains("`\(column)`"), "docs/history.md does not describe \(table).\(column)")
      }
    }

    let blocks = text.components(separatedBy: "```sql\n").dropFirst()
      .map { $0.components(separatedBy: "```")[0] }
    #expect(blocks.count == 5)
    for sql in blocks {
      #expect(!(try HistoryWorkspace.query(file, sql)).isEmpty, "no rows from:\n\(sql)")
    }
    #expect(
      try HistoryWorkspace.query(file, blocks[0]) == ["2026-03-02|2|44.5|1", "2026-03-09|2|37.8|2"])
  }
}

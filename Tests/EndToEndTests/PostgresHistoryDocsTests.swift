import Foundation
import Testing

/// docs/history.md's queries give the same rows from a PostgreSQL history as from SQLite.
@Suite("docs/history.md's queries run on both engines")
struct PostgresHistoryDocsTests {
  /// The one spelling the document says differs in PostgreSQL.
  static let postgresSpelling = [
    ("group_concat(DISTINCT r.severity)", "string_agg(DISTINCT r.severity, ',')")
  ]

  /// Numbers as numbers (SQLite prints `0.0`, PostgreSQL `0`), everything else as text.
  static func normalised(_ rows: [String]) -> [String] {
    rows.map { row in
      row.split(separator: "|", omittingEmptySubsequences: false).map {
        Double($0).map { "\($0)" } ?? String($0)
      }.joined(separator: "|")
    }
  }

  @Test("three weekly reports into each; every documented query returns the same rows")
  func sameRows() throws {
    let cluster = try PostgresCluster()
    let space = try HistoryWorkspace()
    let inventory = try space.write("inventory.yaml", try HistoryWorkspace.baseInventory())
    for history in [space.history.path, cluster.url()] {
      for day in ["2026-03-02", "2026-03-09", "2026-03-16"] {
        let run = try BinaryRunner.run([
          "report", inventory, "--history", history, "--as-of", day, "--fail-under", "30",
          "--out", space.folder.appendingPathComponent(day).path, "--quiet",
        ])
        #expect(run.status == 1, "\(run.stderr)")
      }
    }
    let blocks = try HistoryDocsTests.parts()[0].components(separatedBy: "```sql\n").dropFirst()
      .map { $0.components(separatedBy: "```")[0] }
    #expect(blocks.count == 5)
    for sql in blocks {
      let postgres = Self.postgresSpelling.reduce(sql) {
        $0.replacingOccurrences(of: $1.0, with: $1.1)
      }
      let expected = Self.normalised(try HistoryWorkspace.query(space.history, sql))
      #expect(!expected.isEmpty, "no rows from:\n\(sql)")
      #expect(Self.normalised(try cluster.query(postgres)) == expected, "\(sql)")
    }
  }
}

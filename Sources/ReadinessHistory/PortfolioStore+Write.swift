import GRDB
import ReadinessCore

extension PortfolioStore {
  /// Records the run of `asOf` with `entries` (in roll-up order), replacing the run of the same
  /// date and all its rows, in one transaction; other runs are untouched.
  public func record(_ entries: [PortfolioEntry], asOf: String, toolVersion: String)
    throws(HistoryError)
  {
    try SQLiteFile.attempt(path) {
      try pool.writeWithoutTransaction { db in
        try db.inTransaction(.immediate) {
          try db.execute(sql: "DELETE FROM runs WHERE as_of = ?", arguments: [asOf])
          try db.execute(
            sql: "INSERT INTO runs (as_of, clients, invalid, tool_version) VALUES (?, ?, ?, ?)",
            arguments: [asOf, entries.count, entries.filter { !$0.isValid }.count, toolVersion])
          try Self.insert(entries, run: db.lastInsertedRowID, into: db)
          return .commit
        }
      }
    }
  }

  private static func insert(_ entries: [PortfolioEntry], run: Int64, into db: Database) throws {
    let phaseColumns = phases.flatMap { ["\($0)_score", "\($0)_rag"] }
    let columns =
      [
        "run_id", "position", "folder", "file", "valid", "problems", "name", "as_of", "report",
        "overall_score", "overall_rag", "overall_reason",
      ] + phaseColumns + ["critical_risks", "exposure_adoption", "exposure_conversations"]
    let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
    let client = try db.makeStatement(
      sql: "INSERT INTO clients (\(columns.joined(separator: ", "))) VALUES (\(marks))")
    let risk = try db.makeStatement(
      sql: "INSERT INTO critical_risks (run_id, folder, position, risk) VALUES (?, ?, ?, ?)")
    for (position, entry) in entries.enumerated() {
      var values: [(any DatabaseValueConvertible)?] = [
        run, position, entry.folder, entry.file, entry.isValid,
        entry.isValid ? nil : entry.problems.joined(separator: "\n"), entry.name, entry.asOf,
        entry.report, entry.overall, entry.rag, entry.reason,
      ]
      for phase in phases {
        let found = entry.phases.first { $0.id == phase }
        values += [found?.score, found?.rag]
      }
      values += [entry.criticalRisks, entry.exposureAdoption, entry.exposure]
      try client.execute(arguments: StatementArguments(values))
      for (index, id) in entry.criticalRiskIDs.enumerated() {
        try risk.execute(arguments: [run, entry.folder, index, id])
      }
    }
  }
}

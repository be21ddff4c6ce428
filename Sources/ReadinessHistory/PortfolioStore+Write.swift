import GRDB
import ReadinessCore

extension PortfolioStore {
  /// Records the run of `asOf` with `entries` (in roll-up order), replacing the run of the same
  /// date and all its rows, in one transaction; other runs are untouched.
  public func record(_ entries: [PortfolioEntry], asOf: Day, toolVersion: String)
    throws(HistoryError)
  {
    try database.writeTransaction(locking: "portfolio") { db in
      try db.execute("DELETE FROM runs WHERE as_of = ?", [asOf.iso])
      let run = try db.insertReturningID(
        "runs", "INSERT INTO runs (as_of, clients, invalid, tool_version) VALUES (?, ?, ?, ?)",
        [asOf.iso, entries.count, entries.filter { !$0.isValid }.count, toolVersion])
      try Self.insert(entries, run: run, into: db)
    }
  }

  private static func insert(_ entries: [PortfolioEntry], run: Int64, into db: any StoreTransaction)
    throws
  {
    let columns =
      [
        "folder", "file", "valid", "problems", "name", "as_of", "report", "overall_score",
        "overall_rag", "overall_reason", "overall_reason_message",
      ] + phases.flatMap { ["\($0.rawValue)_score", "\($0.rawValue)_rag"] }
      + ["critical_risks", "exposure_adoption", "exposure_conversations"]
    let rows = entries.map { entry in
      var values: [(any DatabaseValueConvertible)?] = [
        entry.folder, entry.file, entry.isValid,
        entry.isValid ? nil : entry.problems.joined(separator: "\n"), entry.name, entry.asOf?.iso,
        entry.report, entry.overall, entry.rag?.rawValue, entry.reason, entry.storedReason,
      ]
      for phase in phases {
        let found = entry.phases.first { $0.id == phase }
        values += [found?.score, found?.rag.rawValue]
      }
      return values + [entry.criticalRisks, entry.exposureAdoption, entry.exposure]
    }
    try db.insert(into: "clients", keys: [("run_id", run)], columns: columns, rows: rows)
    for entry in entries {
      try db.insert(
        into: "critical_risks", keys: [("run_id", run), ("folder", entry.folder)],
        columns: ["risk"], rows: entry.criticalRiskIDs.map { [$0] })
    }
  }
}

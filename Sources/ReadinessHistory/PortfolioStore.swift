import GRDB
import ReadinessCore

/// The portfolio database: one run per as-of date, one row per client of each, so the roll-up
/// can compare every client with the previous run and show the portfolio's trend. Opened and
/// guarded like `HistoryStore`: a file that is not a database, or that a newer version wrote,
/// is never written to.
public final class PortfolioStore {
  let file: SQLiteFile
  public var path: String { file.path }

  /// Opens (or creates) the database at `path` and brings its schema up to date.
  public init(path: String) throws(HistoryError) {
    file = try SQLiteFile(path: path, schema: PortfolioSchema.schema)
  }

  /// The phases stored as columns, in the order of `PhaseID`.
  static let phases = PhaseID.allCases

  /// The latest `limit` runs dated before `asOf`, oldest first, with their clients in roll-up
  /// order.
  public func runs(before asOf: Day, limit: Int) throws(HistoryError)
    -> [(asOf: Day, entries: [PortfolioEntry])]
  {
    try file.read { db in
      let runs = try Row.fetchAll(
        db, sql: "SELECT id, as_of FROM runs WHERE as_of < ? ORDER BY as_of DESC LIMIT ?",
        arguments: [asOf.iso, limit])
      return try runs.reversed().map { run in
        (asOf: try HistoryRows.day(run["as_of"]), entries: try Self.entries(of: run["id"], db))
      }
    }
  }

  private static func entries(of run: Int64, _ db: Database) throws -> [PortfolioEntry] {
    var risks: [String: [String]] = [:]
    for row in try Row.fetchAll(
      db, sql: "SELECT folder, risk FROM critical_risks WHERE run_id = ? ORDER BY position",
      arguments: [run])
    {
      risks[row["folder"], default: []].append(row["risk"])
    }
    return try Row.fetchAll(
      db, sql: "SELECT * FROM clients WHERE run_id = ? ORDER BY position", arguments: [run]
    ).map { row in
      var entry = PortfolioEntry(file: row["file"], folder: row["folder"])
      if let problems: String = row["problems"] { entry.problems = [problems] }
      entry.name = row["name"]
      entry.asOf = try (row["as_of"] as String?).map(HistoryRows.day)
      entry.report = row["report"]
      entry.overall = row["overall_score"]
      entry.rag = try (row["overall_rag"] as String?).map(HistoryRows.value)
      entry.reason = row["overall_reason"]
      entry.phases = try phases.compactMap { phase in
        guard let rag: String = row["\(phase.rawValue)_rag"] else { return nil }
        return PortfolioEntry.Phase(
          id: phase, score: row["\(phase.rawValue)_score"], rag: try HistoryRows.value(rag))
      }
      entry.criticalRisks = row["critical_risks"]
      entry.criticalRiskIDs = risks[entry.folder] ?? []
      entry.exposureAdoption = row["exposure_adoption"]
      entry.exposure = row["exposure_conversations"]
      return entry
    }
  }
}

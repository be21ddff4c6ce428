import GRDB
import ReadinessCore

/// The portfolio database: one run per as-of date, one row per client of each, so the roll-up
/// can compare every client with the previous run and show the portfolio's trend. In an SQLite
/// file, or in PostgreSQL beside the clients' histories (each in a schema of its own); opened
/// and guarded like `HistoryStore`: a database that is not a portfolio's, or that a newer
/// version wrote, is never written to.
public final class PortfolioStore: Sendable {
  let database: any HistoryDatabase
  /// The file's path, or the PostgreSQL URL without its password.
  public var path: String { database.name }

  /// Opens the database at `path`. `forWriting`: creates it when there is none and checks that
  /// it can be written (recording brings its schema up to date); otherwise it must exist.
  public init(path: String, forWriting: Bool) throws(HistoryError) {
    database = try SQLiteFile(path: path, schema: PortfolioSchema.schema, forWriting: forWriting)
  }

  /// Opens the portfolio's tables in the PostgreSQL database at `location`; `forWriting`, a
  /// new, empty database gets them, otherwise they must be there.
  public init(postgres location: PostgresLocation, forWriting: Bool) throws(HistoryError) {
    database = try PostgresDatabase(
      location: location, schema: PortfolioSchema.schema, forWriting: forWriting)
  }

  /// The phases stored as columns, in the order of `PhaseID`.
  static let phases = PhaseID.allCases

  /// The latest `limit` runs dated before `asOf`, oldest first, with their clients in roll-up
  /// order.
  public func runs(before asOf: Day, limit: Int) throws(HistoryError)
    -> [(asOf: Day, entries: [PortfolioEntry])]
  {
    try database.readTransaction { db in
      let runs = try db.rows(
        "runs", "SELECT id, as_of FROM runs WHERE as_of < ? ORDER BY as_of DESC LIMIT ?",
        [asOf.iso, limit])
      return try runs.reversed().map { run in
        (asOf: try run.day("as_of"), entries: try Self.entries(of: try run.value("id"), db))
      }
    }
  }

  private static func entries(of run: Int64, _ db: any StoreTransaction) throws
    -> [PortfolioEntry]
  {
    var risks: [String: [String]] = [:]
    for row in try db.rows(
      "critical_risks",
      "SELECT folder, risk FROM critical_risks WHERE run_id = ? ORDER BY position", [run])
    {
      risks[try row.value("folder"), default: []].append(try row.value("risk"))
    }
    let percent = HistoryRows.percent
    return try db.rows(
      "clients", "SELECT * FROM clients WHERE run_id = ? ORDER BY position", [run]
    ).map { row in
      var entry = PortfolioEntry(file: try row.value("file"), folder: try row.value("folder"))
      if let problems: String = try row.optional("problems") { entry.problems = [problems] }
      entry.name = try row.optional("name")
      entry.asOf = try row.optionalDay("as_of")
      entry.report = try row.optional("report")
      entry.overall = try row.optionalNumber("overall_score", in: percent)
      entry.rag = try row.optionalWord("overall_rag")
      entry.reason = try row.optional("overall_reason")
      // A file not yet migrated to v2-messages (read only) keeps no messages.
      if row.row.hasColumn("overall_reason_message") {
        entry.storedReason = try row.optional("overall_reason_message")
      }
      entry.phases = try phases.compactMap { phase in
        guard let rag: RAG = try row.optionalWord("\(phase.rawValue)_rag") else { return nil }
        return PortfolioEntry.Phase(
          id: phase, score: try row.optionalNumber("\(phase.rawValue)_score", in: percent),
          rag: rag)
      }
      entry.criticalRisks = try row.optional("critical_risks")
      entry.criticalRiskIDs = risks[entry.folder] ?? []
      entry.exposureAdoption = try row.optionalNumber("exposure_adoption", in: HistoryRows.share)
      entry.exposure = try row.optionalNumber("exposure_conversations", in: HistoryRows.amount)
      return entry
    }
  }
}

extension PortfolioStore {
  /// Copies every run into `target`, each replacing the target's of the same date, as the tool
  /// version that recorded it; copying again changes nothing. Returns how many runs.
  public func copy(into target: PortfolioStore) throws(HistoryError) -> Int {
    let runs = try database.readTransaction { db in
      try db.rows("runs", "SELECT id, as_of, tool_version FROM runs ORDER BY as_of", []).map {
        run in
        (
          asOf: try run.day("as_of"), version: try run.value("tool_version") as String,
          entries: try Self.entries(of: try run.value("id"), db)
        )
      }
    }
    for run in runs { try target.record(run.entries, asOf: run.asOf, toolVersion: run.version) }
    return runs.count
  }
}

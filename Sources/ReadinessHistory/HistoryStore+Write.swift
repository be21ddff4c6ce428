import GRDB
import ReadinessCore

extension HistoryStore {
  /// Records `snapshot`, replacing the programme's snapshot of the same as-of, in one
  /// transaction; other dates are untouched. A rerun that checked no gates keeps the gate
  /// results recorded for that date (a scheduled job's verdict outlives a later `--format md`
  /// run); one that checked gates replaces them. `toolVersion` says which version wrote it.
  public func record(_ snapshot: Snapshot, toolVersion: String) throws(HistoryError) {
    try database.writeTransaction(locking: snapshot.programme) { db in
      let kept = snapshot.gates.isEmpty ? try Self.gates(of: snapshot, in: db) : []
      try db.execute(
        "DELETE FROM snapshots WHERE programme = ? AND as_of = ?",
        [snapshot.programme, snapshot.asOf.iso])
      let id = try db.insertReturningID(
        "snapshots",
        """
        INSERT INTO snapshots
          (programme, as_of, overall_score, overall_rag, overall_reason, overall_reason_message,
           tool_version, baseline_name, baseline_finish)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        [
          snapshot.programme, snapshot.asOf.iso, snapshot.overall.score,
          snapshot.overall.rag.rawValue, snapshot.overall.reason,
          snapshot.overall.reasonMessage.stored, toolVersion, snapshot.baseline?.name,
          snapshot.baseline?.finish?.iso,
        ])
      try Self.insertRows(of: snapshot, id: id, into: db)
      try db.insert(
        into: "gates", keys: [("snapshot_id", id)], columns: Self.gateColumns, rows: kept)
    }
  }

  private static let gateColumns = ["gate", "threshold", "failed", "message"]

  /// The gate rows recorded for `snapshot`'s programme and date, in their order.
  private static func gates(of snapshot: Snapshot, in db: any StoreTransaction) throws
    -> [[(any DatabaseValueConvertible)?]]
  {
    try db.rows(
      "gates",
      "SELECT gate, threshold, failed, message FROM gates WHERE snapshot_id IN"
        + " (SELECT id FROM snapshots WHERE programme = ? AND as_of = ?) ORDER BY position",
      [snapshot.programme, snapshot.asOf.iso]
    ).map { stored in gateColumns.map { stored.row[$0] as DatabaseValue } }
  }

  private static func insertRows(of snapshot: Snapshot, id: Int64, into db: any StoreTransaction)
    throws
  {
    func insert(_ table: String, _ columns: [String], _ rows: [[(any DatabaseValueConvertible)?]])
      throws
    {
      try db.insert(into: table, keys: [("snapshot_id", id)], columns: columns, rows: rows)
    }
    try insert(
      "phases", ["phase", "score", "expected", "rag"],
      snapshot.phases.map { [$0.id.rawValue, $0.score, $0.expected, $0.rag.rawValue] })
    try insert(
      "items", ["item", "completion", "status"],
      snapshot.items.map { [$0.id, $0.completion, $0.status.rawValue] })
    try insert(
      "risks", ["risk", "kind", "severity", "title", "title_message", "open"],
      snapshot.risks.map {
        [$0.id, $0.kind, $0.severity.rawValue, $0.title, $0.titleMessage.stored, $0.open]
      })
    try insert(
      "tasks",
      ["task", "title", "planned_end", "forecast_end", "slip", "progress", "finished", "late"],
      snapshot.tasks.map {
        [
          $0.id, $0.title, $0.plannedEnd.iso, $0.forecastEnd.iso, $0.slip, $0.progress,
          $0.finished, $0.late,
        ]
      })
    try insert(
      "usernames", ["handle", "status"], snapshot.usernames.map { [$0.handle, $0.status.rawValue] })
    let exposure: [[(any DatabaseValueConvertible)?]] = snapshot.exposure.flatMap { entry in
      entry.spend.isEmpty
        ? [[entry.adoption, entry.conversations, nil, nil]]
        : entry.spend.map { [entry.adoption, entry.conversations, $0.currency, $0.amount] }
    }
    try insert("exposure", ["adoption", "conversations", "currency", "spend"], exposure)
    try insert("commentary", ["part", "text"], HistoryCommentary.rows(snapshot.commentary))
    try insert(
      "gates", gateColumns,
      snapshot.gates.map { [$0.gate.name, $0.gate.threshold, $0.failed, $0.message] })
  }
}

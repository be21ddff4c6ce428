import ReadinessCore

extension HistoryStore {
  /// What `copy(into:)` copied.
  public struct Copied: Sendable, Equatable {
    public var programmes = 0
    public var snapshots = 0
    public var baselines = 0
  }

  /// Copies every snapshot and baseline of this history into `target` (another engine, or
  /// another file), each as the tool version that wrote it recorded it: a snapshot replaces the
  /// target's of the same programme and date, a baseline the target's of the same name. Copying
  /// again changes nothing. Each snapshot is one transaction; a failure stops the copy, leaving
  /// those copied before it.
  public func copy(into target: HistoryStore) throws(HistoryError) -> Copied {
    var copied = Copied()
    for programme in try programmes() {
      copied.programmes += 1
      for (day, version) in try versions(of: programme, table: "snapshots", key: "as_of") {
        guard let date = Day(iso: day), let snapshot = try snapshot(of: programme, at: date) else {
          continue
        }
        try target.record(snapshot, toolVersion: version)
        copied.snapshots += 1
      }
    }
    for programme in try baselineProgrammes() {
      for (name, version) in try versions(of: programme, table: "baselines", key: "name") {
        guard let baseline = try baseline(of: programme, named: name) else { continue }
        _ = try target.save(baseline, of: programme, replace: true, toolVersion: version)
        copied.baselines += 1
      }
    }
    return copied
  }

  /// Each row's `key` and `tool_version` of `table` for the programme, in the order they were
  /// recorded.
  private func versions(of programme: String, table: String, key: String) throws(HistoryError)
    -> [(String, String)]
  {
    try database.readTransaction { db in
      guard try db.tableExists(table) else { return [] }
      return try db.rows(
        table, "SELECT \(key), tool_version FROM \(table) WHERE programme = ? ORDER BY id",
        [programme]
      ).map { (try $0.value(key), try $0.value("tool_version")) }
    }
  }

  /// The programmes with a saved baseline, sorted.
  private func baselineProgrammes() throws(HistoryError) -> [String] {
    try database.readTransaction { db in
      guard try db.tableExists("baselines") else { return [] }
      return try db.rows(
        "baselines", "SELECT DISTINCT programme FROM baselines ORDER BY programme", []
      ).map { try $0.value("programme") }
    }
  }
}

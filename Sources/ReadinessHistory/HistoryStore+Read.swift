import ReadinessCore

extension HistoryStore {
  /// The programme's snapshot of `day`, nil when there is none.
  public func snapshot(of programme: String, at day: Day) throws(HistoryError) -> Snapshot? {
    try load(where: "programme = ? AND as_of = ?", [programme, day.iso])
  }

  /// The programme's latest snapshot dated before `day`, nil when there is none.
  public func latest(of programme: String, before day: Day) throws(HistoryError) -> Snapshot? {
    try load(
      where: "programme = ? AND as_of < ? ORDER BY as_of DESC LIMIT 1", [programme, day.iso])
  }

  /// The slugs of the programmes with snapshots, sorted.
  public func programmes() throws(HistoryError) -> [String] {
    try database.readTransaction { db in
      try db.rows(
        "snapshots", "SELECT DISTINCT programme FROM snapshots ORDER BY programme", []
      ).map { try $0.value("programme") }
    }
  }

  /// Every snapshot's scores for the programme, oldest first.
  public func trend(of programme: String) throws(HistoryError) -> [TrendPoint] {
    try database.readTransaction { db in
      let rows = try db.rows(
        "snapshots", "SELECT * FROM snapshots WHERE programme = ? ORDER BY as_of", [programme])
      return try rows.map { row in
        TrendPoint(
          asOf: try row.day("as_of"), overall: try HistoryRows.overall(row),
          phases: try HistoryRows.phases(db, try row.value("id")))
      }
    }
  }

  private func load(where condition: String, _ arguments: [String]) throws(HistoryError)
    -> Snapshot?
  {
    try database.readTransaction { db in
      guard
        let row = try db.rows("snapshots", "SELECT * FROM snapshots WHERE \(condition)", arguments)
          .first
      else { return nil }
      return try HistoryRows.snapshot(row, db)
    }
  }
}

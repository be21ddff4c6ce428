import ReadinessCore

/// Reads a snapshot's rows back into values, each checked (`StoredRow`): a value this version
/// cannot read (text where a number belongs, an unknown RAG or status, a missing column) stops
/// the read with an error rather than guessing.
enum HistoryRows {
  /// Scores, expected progress and task progress, in percent.
  static let percent: ClosedRange<Double> = 0...100
  /// Shares: an item's completion, an adoption.
  static let share: ClosedRange<Double> = 0...1
  /// Counts and amounts of money.
  static let amount: ClosedRange<Double> = 0...Double.greatestFiniteMagnitude

  static func snapshot(_ row: StoredRow, _ db: any StoreTransaction) throws -> Snapshot {
    var snapshot = try figures(row, db)
    // A file from before v2, read without migrating it, has no baseline columns.
    if row.row.hasColumn("baseline_name"), let name: String = try row.optional("baseline_name") {
      snapshot.baseline = BaselineMark(name: name, finish: try row.optionalDay("baseline_finish"))
    }
    return snapshot
  }

  private static func figures(_ row: StoredRow, _ db: any StoreTransaction) throws -> Snapshot {
    let id: Int64 = try row.value("id")
    func rows(_ table: String) throws -> [StoredRow] {
      try db.rows(table, "SELECT * FROM \(table) WHERE snapshot_id = ? ORDER BY position", [id])
    }
    var snapshot = Snapshot(
      programme: try row.value("programme"), asOf: try row.day("as_of"), overall: try overall(row),
      phases: try phases(db, id),
      items: try rows("items").map {
        Snapshot.Item(
          id: try $0.value("item"), completion: try $0.optionalNumber("completion", in: share),
          status: try $0.word("status"))
      },
      risks: try rows("risks").map {
        let title: String = try $0.value("title")
        return Snapshot.RiskEntry(
          id: try $0.value("risk"), kind: try $0.value("kind"), severity: try $0.word("severity"),
          title: title, titleMessage: try $0.message("title_message", english: title),
          open: try $0.value("open"))
      },
      tasks: try rows("tasks").map {
        Snapshot.Task(
          id: try $0.value("task"), title: try $0.value("title"),
          plannedEnd: try $0.day("planned_end"), forecastEnd: try $0.day("forecast_end"),
          slip: try $0.value("slip"), progress: try $0.number("progress", in: percent),
          finished: try $0.value("finished"), late: try $0.value("late"))
      },
      usernames: try rows("usernames").map {
        Snapshot.Username(handle: try $0.value("handle"), status: try $0.word("status"))
      },
      exposure: try exposure(try rows("exposure")),
      gates: try rows("gates").map {
        let (name, threshold): (String, String) = (try $0.value("gate"), try $0.value("threshold"))
        guard let gate = Gate(name: name, threshold: threshold) else {
          throw StoredRow.Unreadable(
            reason: "gates holds '\(StoredRow.excerpt(name))', not a gate of this version")
        }
        return GateResult(
          gate: gate, failed: try $0.value("failed"), message: try $0.value("message"))
      })
    // A file not yet migrated to v3-commentary (read only) has no commentary.
    if try db.tableExists("commentary") {
      snapshot.commentary = try HistoryCommentary.commentary(try rows("commentary"))
    }
    return snapshot
  }

  static func phases(_ db: any StoreTransaction, _ id: Int64) throws -> [Snapshot.Phase] {
    try db.rows("phases", "SELECT * FROM phases WHERE snapshot_id = ? ORDER BY position", [id]).map
    {
      Snapshot.Phase(
        id: try $0.word("phase"), score: try $0.optionalNumber("score", in: percent),
        expected: try $0.number("expected", in: percent), rag: try $0.word("rag"))
    }
  }

  static func overall(_ row: StoredRow) throws -> ScoreRAG {
    let reason: String = try row.value("overall_reason")
    return ScoreRAG(
      score: try row.number("overall_score", in: percent), rag: try row.word("overall_rag"),
      reason: try row.message("overall_reason_message", english: reason))
  }

  /// One entry per adoption share, with its rows' currencies as spend, in stored order.
  private static func exposure(_ rows: [StoredRow]) throws -> [Snapshot.ExposureEntry] {
    var entries: [Snapshot.ExposureEntry] = []
    for row in rows {
      let adoption = try row.number("adoption", in: share)
      if entries.last?.adoption != adoption {
        entries.append(
          .init(
            adoption: adoption, conversations: try row.number("conversations", in: amount),
            spend: []))
      }
      if let currency: String = try row.optional("currency"),
        let amount = try row.optionalNumber("spend", in: amount)
      {
        entries[entries.count - 1].spend.append(Money(amount: amount, currency: currency))
      }
    }
    return entries
  }
}

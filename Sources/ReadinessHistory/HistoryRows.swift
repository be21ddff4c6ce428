import GRDB
import ReadinessCore

/// Reads a snapshot's rows back into values. A value this version cannot read (an unknown
/// RAG or status) stops the read with an error rather than guessing.
enum HistoryRows {
  struct Unreadable: Error, CustomStringConvertible {
    let description: String
  }

  static func snapshot(_ row: Row, _ db: Database) throws -> Snapshot {
    let id: Int64 = row["id"]
    func rows(_ table: String) throws -> [Row] {
      try Row.fetchAll(
        db, sql: "SELECT * FROM \(table) WHERE snapshot_id = ? ORDER BY position", arguments: [id])
    }
    return Snapshot(
      programme: row["programme"], asOf: try day(row["as_of"]), overall: try overall(row),
      phases: try phases(db, id),
      items: try rows("items").map {
        Snapshot.Item(id: $0["item"], completion: $0["completion"], status: try value($0["status"]))
      },
      risks: try rows("risks").map {
        Snapshot.RiskEntry(
          id: $0["risk"], kind: $0["kind"], severity: try value($0["severity"]), title: $0["title"],
          open: $0["open"])
      },
      tasks: try rows("tasks").map {
        Snapshot.Task(
          id: $0["task"], title: $0["title"], plannedEnd: try day($0["planned_end"]),
          forecastEnd: try day($0["forecast_end"]), slip: $0["slip"], progress: $0["progress"],
          finished: $0["finished"], late: $0["late"])
      },
      usernames: try rows("usernames").map {
        Snapshot.Username(handle: $0["handle"], status: try value($0["status"]))
      },
      exposure: exposure(try rows("exposure")),
      gates: try rows("gates").map {
        guard let gate = Gate(name: $0["gate"], threshold: $0["threshold"]) else {
          throw Unreadable(description: "unknown gate \($0["gate"] as String)")
        }
        return GateResult(gate: gate, failed: $0["failed"], message: $0["message"])
      })
  }

  static func phases(_ db: Database, _ id: Int64) throws -> [Snapshot.Phase] {
    try Row.fetchAll(
      db, sql: "SELECT * FROM phases WHERE snapshot_id = ? ORDER BY position", arguments: [id]
    ).map {
      Snapshot.Phase(
        id: try value($0["phase"]), score: $0["score"], expected: $0["expected"],
        rag: try value($0["rag"]))
    }
  }

  static func overall(_ row: Row) throws -> ScoreRAG {
    ScoreRAG(
      score: row["overall_score"], rag: try value(row["overall_rag"]),
      reason: row["overall_reason"])
  }

  static func day(_ text: String) throws -> Day {
    guard let day = Day(iso: text) else { throw Unreadable(description: "'\(text)' is not a date") }
    return day
  }

  /// One entry per adoption share, with its rows' currencies as spend, in stored order.
  private static func exposure(_ rows: [Row]) -> [Snapshot.ExposureEntry] {
    var entries: [Snapshot.ExposureEntry] = []
    for row in rows {
      let adoption: Double = row["adoption"]
      if entries.last?.adoption != adoption {
        entries.append(.init(adoption: adoption, conversations: row["conversations"], spend: []))
      }
      if let currency: String = row["currency"], let amount: Double = row["spend"] {
        entries[entries.count - 1].spend.append(Money(amount: amount, currency: currency))
      }
    }
    return entries
  }

  static func value<T: RawRepresentable>(_ text: String) throws -> T
  where T.RawValue == String {
    guard let value = T(rawValue: text) else {
      throw Unreadable(description: "unknown value '\(text)' for \(T.self)")
    }
    return value
  }
}

import GRDB
import ReadinessCore

extension HistoryStore {
  /// What `save` did.
  public enum BaselineSaving: Sendable, Equatable {
    case saved, replaced
    /// The programme already has a baseline of that name and `replace` was not asked: nothing
    /// was written.
    case exists
  }

  /// Saves `baseline` for `programme` in one transaction. A name already saved is kept unless
  /// `replace`; a replaced baseline keeps its place in the order they were first saved.
  public func save(
    _ baseline: Baseline, of programme: String, replace: Bool, toolVersion: String
  ) throws(HistoryError) -> BaselineSaving {
    var outcome = BaselineSaving.saved
    try database.writeTransaction(locking: programme) { db in
      let existing: Int64? = try db.rows(
        "baselines", "SELECT id FROM baselines WHERE programme = ? AND name = ?",
        [programme, baseline.name]
      ).first?.value("id")
      let values: [(any DatabaseValueConvertible)?] = [
        baseline.savedOn.iso, baseline.finish?.iso, toolVersion,
      ]
      let id: Int64
      if let existing {
        guard replace else {
          outcome = .exists
          return
        }
        outcome = .replaced
        id = existing
        try db.execute("DELETE FROM baseline_tasks WHERE baseline_id = ?", [id])
        try db.execute(
          "UPDATE baselines SET saved_on = ?, finish = ?, tool_version = ? WHERE id = ?",
          values + [id])
      } else {
        id = try db.insertReturningID(
          "baselines",
          """
          INSERT INTO baselines (programme, name, saved_on, finish, tool_version)
          VALUES (?, ?, ?, ?, ?)
          """, [programme, baseline.name] + values)
      }
      try db.insert(
        into: "baseline_tasks", keys: [("baseline_id", id)],
        columns: ["task", "title", "start", "end", "milestone"],
        rows: baseline.tasks.map { [$0.id, $0.title, $0.start.iso, $0.end.iso, $0.milestone] })
    }
    return outcome
  }

  /// The names of the programme's baselines, in the order they were first saved.
  public func baselineNames(of programme: String) throws(HistoryError) -> [String] {
    try database.readTransaction { db in
      guard try db.tableExists("baselines") else { return [] }
      return try db.rows(
        "baselines", "SELECT name FROM baselines WHERE programme = ? ORDER BY id", [programme]
      ).map { try $0.value("name") }
    }
  }

  /// The programme's baseline named `name`, nil when there is none.
  public func baseline(of programme: String, named name: String) throws(HistoryError) -> Baseline? {
    try database.readTransaction { db in
      guard try db.tableExists("baselines"),
        let stored = try db.rows(
          "baselines", "SELECT * FROM baselines WHERE programme = ? AND name = ?",
          [programme, name]
        ).first
      else { return nil }
      let id: Int64 = try stored.value("id")
      let tasks = try db.rows(
        "baseline_tasks", "SELECT * FROM baseline_tasks WHERE baseline_id = ? ORDER BY position",
        [id]
      ).map {
        Baseline.Task(
          id: try $0.value("task"), title: try $0.value("title"), start: try $0.day("start"),
          end: try $0.day("end"), milestone: try $0.value("milestone"))
      }
      return Baseline(
        name: try stored.value("name"), savedOn: try stored.day("saved_on"), tasks: tasks,
        finish: try stored.optionalDay("finish"))
    }
  }
}

/// Chooses the actions by owner for the window after `as_of`, each thing once.
///
/// - Tasks and milestones not finished (`PlanTask.isFinished`, so a `not_applicable` task still
///   counts) that end in the window or are late; a late task carries its `task-late` risk, or
///   the `tasks-late` risk that gathers it (severity and action), and that risk is not listed
///   again.
/// - Open risks due in the window or overdue, and every open critical or high risk whatever its
///   date (one without a due date is asked for one), so each owner of such a risk has a list.
/// - Grouped by owner (none or empty: unassigned); named owners in name order, unassigned last;
///   each owner's undated risks first, then by due date, then id.
/// - An owner's load is the number of their actions: open risks plus unfinished tasks, a late
///   task and its risk being one; a named owner above `loadLimit` is overloaded.
enum ActionList {
  /// Days after `as_of` the window covers.
  static let windowDays = 14
  /// Actions an owner may carry before being flagged, when `owner_load_limit` is not given.
  static let defaultLoadLimit = 6

  static func actions(
    tasks: [ScheduledTask], risks: [Risk], asOf: Day, loadLimit: Int = defaultLoadLimit
  ) -> Actions {
    let windowEnd = asOf.adding(days: windowDays)
    let lateRisks = Dictionary(
      risks.filter { [.taskLate, .tasksLate].contains($0.kind) && $0.open }.flatMap { risk in
        let ref = risk.ref ?? ""
        let ids = risk.kind == .tasksLate ? ref.split(separator: " ").map(String.init) : [ref]
        return ids.map { ($0, risk) }
      },
      uniquingKeysWith: { first, _ in first })
    var byOwner: [String?: [Action]] = [:]
    var listedTasks: Set<String> = []
    for scheduled in tasks where !scheduled.task.isFinished {
      guard scheduled.late || (asOf...windowEnd).contains(scheduled.end) else { continue }
      let action = Action(task: scheduled, lateRisk: lateRisks[scheduled.task.id])
      byOwner[ownerKey(scheduled.task.owner), default: []].append(action)
      listedTasks.insert(scheduled.task.id)
    }
    for risk in risks
    where risk.open && risk.kind != .tasksLate
      && !(risk.kind == .taskLate && listedTasks.contains(risk.ref ?? ""))
    {
      let pressing = risk.severity <= .high
      guard pressing || risk.due.map({ $0 <= windowEnd }) == true else { continue }
      byOwner[ownerKey(risk.owner), default: []].append(Action(risk: risk, asOf: asOf))
    }
    let owners = byOwner.keys.sorted(by: ownerOrder).map { name in
      let actions = byOwner[name, default: []].sorted(by: actionOrder)
      return ActionOwner(
        name: name, actions: actions, overloaded: name != nil && actions.count > loadLimit)
    }
    var result = Actions(windowStart: asOf, windowEnd: windowEnd, owners: owners)
    result.loadLimit = loadLimit
    return result
  }

  /// Undated first (they need a date now), then by due date, then id.
  private static func actionOrder(_ lhs: Action, _ rhs: Action) -> Bool {
    switch (lhs.due, rhs.due) {
    case (nil, nil): lhs.id < rhs.id
    case (nil, _): true
    case (_, nil): false
    case (let left?, let right?): (left, lhs.id) < (right, rhs.id)
    }
  }

  /// The owner an action is grouped under: nil when none is named.
  private static func ownerKey(_ owner: String?) -> String? {
    guard let owner, !owner.isEmpty else { return nil }
    return owner
  }

  /// Named owners by name, unassigned (nil) last.
  private static func ownerOrder(_ lhs: String?, _ rhs: String?) -> Bool {
    guard let lhs else { return false }
    guard let rhs else { return true }
    return lhs < rhs
  }
}

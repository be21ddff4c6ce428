/// Chooses the actions by owner for the window after `as_of` (SPEC §6).
///
/// - Tasks and milestones not finished (`PlanTask.isFinished`, so a `not_applicable` task still
///   counts) that end in the window or are late.
/// - Open risks due in the window or overdue; a risk without a due date is left out.
/// - Grouped by owner (none or empty: unassigned); named owners in name order, unassigned last;
///   each owner's actions by due date, then id.
enum ActionList {
  /// Days after `as_of` the window covers.
  static let windowDays = 14

  static func actions(tasks: [ScheduledTask], risks: [Risk], asOf: Day) -> Actions {
    let windowEnd = asOf.adding(days: windowDays)
    var byOwner: [String?: [Action]] = [:]
    for scheduled in tasks where !scheduled.task.isFinished {
      guard scheduled.late || (asOf...windowEnd).contains(scheduled.end) else { continue }
      byOwner[ownerKey(scheduled.task.owner), default: []].append(Action(task: scheduled))
    }
    for risk in risks where risk.open {
      guard let action = Action(risk: risk, asOf: asOf), action.due <= windowEnd else { continue }
      byOwner[ownerKey(risk.owner), default: []].append(action)
    }
    let owners = byOwner.keys.sorted(by: ownerOrder).map { name in
      let actions = byOwner[name, default: []].sorted { ($0.due, $0.id) < ($1.due, $1.id) }
      return ActionOwner(name: name, actions: actions)
    }
    return Actions(windowStart: asOf, windowEnd: windowEnd, owners: owners)
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

import ReadinessCore

/// Actions for the two weeks after `as_of`, grouped by owner: unfinished tasks that end in the
/// window or are already late, and open risks due in the window or overdue.
struct HTMLActionsView {
  /// Days after `as_of` the actions window covers.
  static let windowDays = 14

  let window: String
  let owners: [HTMLActionOwner]
  let hasOwners: Bool

  init(_ a: Assessment) {
    let last = a.asOf.adding(days: Self.windowDays)
    window = "\(a.asOf.iso) to \(last.iso)"
    var byOwner: [String: [HTMLActionRow]] = [:]
    for t in a.schedule.tasks {
      let finished = t.task.status == .done || t.task.status == .notApplicable || t.task.progress >= 100
      guard !finished, t.late || (t.end >= a.asOf && t.end <= last) else { continue }
      let note = t.late ? "LATE: " + HTMLText.clean(t.lateReason, or: "past its end") : "ends \(t.end.iso)"
      let row = HTMLActionRow(
        kind: t.task.milestone ? "milestone" : "task", id: HTMLText.clean(t.task.id),
        title: HTMLText.clean(t.task.title), titleDir: HTMLText.direction(generated: false),
        due: t.end.iso, note: note, urgent: t.late)
      byOwner[HTMLText.clean(t.task.owner, or: ""), default: []].append(row)
    }
    for r in a.risks where r.open {
      guard let due = r.due, due <= last else { continue }
      let overdue = due < a.asOf
      let row = HTMLActionRow(
        kind: "risk", id: HTMLText.clean(r.id), title: HTMLText.clean(r.title),
        titleDir: HTMLText.direction(generated: r.kind != .manual), due: due.iso,
        note: (overdue ? "OVERDUE: " : "\(r.severity.rawValue.uppercased()): ") + HTMLText.clean(r.action),
        urgent: overdue || r.severity == .critical)
      byOwner[HTMLText.clean(r.owner, or: ""), default: []].append(row)
    }
    owners = byOwner.keys.sorted { lhs, rhs in
      lhs.isEmpty != rhs.isEmpty ? !lhs.isEmpty : lhs < rhs
    }.map { key in
      let items = byOwner[key, default: []].sorted { ($0.due, $0.id) < ($1.due, $1.id) }
      return HTMLActionOwner(owner: key.isEmpty ? "Unassigned" : key, count: String(items.count), items: items)
    }
    hasOwners = !owners.isEmpty
  }
}

/// One owner's actions.
struct HTMLActionOwner {
  let owner: String
  let count: String
  let items: [HTMLActionRow]
}

/// A task or risk needing action in the window.
struct HTMLActionRow {
  let kind: String
  let id: String
  let title: String
  /// `ltr` for a generated risk title, `auto` for inventory text.
  let titleDir: String
  let due: String
  let note: String
  let urgent: Bool
}

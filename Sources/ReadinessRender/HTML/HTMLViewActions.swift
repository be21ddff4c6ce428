import ReadinessCore

/// The assessment's actions for the two weeks after `as_of`, grouped by owner, as the
/// template shows them: one table, each owner's rows a group opened by the owner's cell.
struct HTMLActionsView: Encodable {
  let window: String
  /// Days the window covers after `as_of`, for the template's sentences.
  let days: String
  let owners: [HTMLActionOwner]
  let hasOwners: Bool
  /// Actions an owner may carry before being flagged.
  let loadLimit: String

  init(_ a: Assessment) {
    window = "\(a.actions.windowStart.iso) to \(a.actions.windowEnd.iso)"
    days = String(a.actions.windowEnd.ordinal - a.actions.windowStart.ordinal)
    owners = a.actions.owners.map { owner in
      var items = owner.actions.map(HTMLActionRow.init)
      if !items.isEmpty { items[0].opensGroup = true }
      let name = HTMLText.clean(owner.name, or: "Unassigned")
      return HTMLActionOwner(
        owner: name, count: String(items.count), items: items, overloaded: owner.overloaded,
        loadNote: owner.overloaded
          ? "over the load limit of \(a.actions.loadLimit) open actions and tasks" : "")
    }
    loadLimit = String(a.actions.loadLimit)
    hasOwners = !owners.isEmpty
  }
}

/// One owner's actions.
struct HTMLActionOwner: Encodable {
  let owner: String
  let count: String
  let items: [HTMLActionRow]
  /// Above `owner_load_limit`, with the note saying so.
  let overloaded: Bool
  let loadNote: String
}

/// A task or risk needing action in the window.
struct HTMLActionRow: Encodable {
  let kind: String
  let id: String
  let title: String
  /// `ltr` for a generated risk title, `auto` for inventory text.
  let titleDir: String
  let due: String
  let note: String
  let urgent: Bool
  /// The owner's first row, which holds the owner's cell for all of them.
  var opensGroup = false

  init(_ action: Action) {
    kind = action.kind.rawValue
    id = HTMLText.clean(action.id)
    title = HTMLText.clean(action.title)
    titleDir = HTMLText.direction(generated: action.riskKind.map { $0 != .manual } ?? false)
    due = action.due?.iso ?? "no date"
    urgent = action.urgent
    let severity = action.severity?.rawValue.uppercased() ?? ""
    let riskAction = HTMLText.clean(action.riskAction, or: "")
    switch action.kind {
    case .task, .milestone:
      guard action.late else {
        note = "ends \(due)"
        break
      }
      let label = severity.isEmpty ? "LATE" : "LATE, \(severity)"
      note =
        "\(label): " + HTMLText.clean(action.lateReason, or: "past its end")
        + (riskAction.isEmpty ? "" : ". \(riskAction)")
    case .risk:
      let label = action.overdue ? "OVERDUE" : severity
      note = (action.due == nil ? "no due date: set one. " : "") + label + ": " + riskAction
    }
  }
}

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

  init(_ a: Assessment, wording: Wording) {
    let limit: MessageArguments = ["count": .count(a.actions.loadLimit)]
    window = wording(
      BriefingMessages.window,
      ["from": .day(a.actions.windowStart), "to": .day(a.actions.windowEnd)])
    days = wording.figure(.count(a.actions.windowEnd.ordinal - a.actions.windowStart.ordinal))
    owners = a.actions.owners.map { owner in
      var items = owner.actions.map { HTMLActionRow($0, wording: wording) }
      if !items.isEmpty { items[0].opensGroup = true }
      let name = HTMLText.clean(owner.name, or: wording(MarkdownMessages.unassigned))
      return HTMLActionOwner(
        owner: name, count: wording.figure(.count(items.count)), items: items,
        overloaded: owner.overloaded,
        loadNote: owner.overloaded ? wording(ReportMessages.overLoad, limit) : "")
    }
    loadLimit = wording.figure(.count(a.actions.loadLimit))
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
  let kindText: String
  let id: String
  let title: String
  /// `ltr` for a generated risk title, `auto` for inventory text.
  let titleDir: String
  let due: String
  let note: String
  let urgent: Bool
  /// The owner's first row, which holds the owner's cell for all of them.
  var opensGroup = false

  init(_ action: Action, wording: Wording) {
    typealias M = ReportMessages
    kind = action.kind.rawValue
    kindText = wording(WordMessages.vocabulary(action.kind))
    id = HTMLText.clean(action.id)
    title = HTMLText.clean(wording(action.titleMessage, english: action.title))
    titleDir = HTMLText.direction(
      generated: action.riskKind.map { $0 != .manual } ?? false, wording: wording)
    due = wording.cellDay(action.due)
    urgent = action.urgent
    let severity = action.severity.map { wording(WordMessages.severityLabel($0)) } ?? ""
    let riskAction = HTMLText.clean(
      wording(action.riskActionMessage, english: action.riskAction), or: "")
    switch action.kind {
    case .task, .milestone:
      guard action.late else {
        note = wording(M.ends, ["date": .text(due)])
        break
      }
      let reason = HTMLText.clean(
        wording(action.lateReasonMessage, english: action.lateReason),
        or: wording(MarkdownMessages.pastEnd))
      let late = Message(
        severity.isEmpty ? M.late : M.lateSeverity,
        ["severity": .text(severity), "reason": .text(reason)])
      note =
        riskAction.isEmpty
        ? wording(late)
        : wording(M.thenAction, ["note": .message(late), "action": .text(riskAction)])
    case .risk:
      let labelled =
        action.overdue
        ? Message(M.overdue, ["action": .text(riskAction)])
        : Message(M.riskAction, ["severity": .text(severity), "action": .text(riskAction)])
      note = action.due == nil ? wording(M.noDue, ["note": .message(labelled)]) : wording(labelled)
    }
  }
}

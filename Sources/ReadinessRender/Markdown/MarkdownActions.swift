import ReadinessCore

/// report.md's actions by owner: each owner's heading (flagged when overloaded) and one line per
/// action.
enum MarkdownActions {
  static func actions(_ a: Assessment, _ w: Wording) -> String {
    typealias M = MarkdownMessages
    let window: MessageArguments = [
      "from": .day(a.actions.windowStart), "to": .day(a.actions.windowEnd),
    ]
    var lines = ["## " + w(M.actions, window), ""]
    guard !a.actions.owners.isEmpty else {
      return (lines + [w(M.noActions)]).joined(separator: "\n") + "\n"
    }
    for owner in a.actions.owners {
      let name = MarkdownText.escape(owner.name, or: w(M.unassigned))
      let load =
        owner.overloaded ? " " + w(M.overloaded, ["limit": .count(a.actions.loadLimit)]) : ""
      lines += ["### \(name) (\(owner.actions.count))" + load, ""]
      lines += owner.actions.map { item($0, w) }
      lines.append("")
    }
    return lines.joined(separator: "\n")
  }

  /// `- **URGENT** task: Title (id), due 2026-12-01; late: why`.
  static func item(_ action: Action, _ w: Wording) -> String {
    typealias M = MarkdownMessages
    var text = "- " + (action.urgent ? w(M.urgent) + " " : "")
    text += w(WordMessages.vocabulary(action.kind)) + ": "
    text += "\(MarkdownText.escape(w(action.titleMessage))) (\(MarkdownText.escape(action.id))), "
    text += action.due.map { w(M.due, ["date": .day($0)]) } ?? w(M.noDue)
    if action.late {
      let reason = action.lateReasonMessage.map { w($0) } ?? w(M.pastEnd)
      text += "; " + w(M.late, ["reason": .text(MarkdownText.escape(reason))])
    }
    if action.overdue { text += "; " + w(M.overdue) }
    if let riskAction = action.riskActionMessage, !(action.riskAction ?? "").isEmpty {
      text += ". " + MarkdownText.escape(w(riskAction))
    }
    return text
  }
}

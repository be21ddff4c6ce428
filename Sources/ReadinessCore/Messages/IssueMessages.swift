/// The count of open issues in words (`IssueOrder.summary`).
enum IssueMessages {
  static let none = MessageKey("issues.none", "no open issue")
  static let open = MessageKey(
    "issues.open", one: "{count} open issue", other: "{count} open issues")
  static let critical = MessageKey(
    "issues.openCritical", one: "{count} open issue ({critical} critical)",
    other: "{count} open issues ({critical} critical)")

  static let all: [MessageKey] = [none, open, critical]
}

/// The adoption measured in webhook logs (`ObservedMeasurement`).
enum ObservedMessages {
  static let basis = MessageKey(
    "observed.basis", one: "measured to {date} on {count} message",
    other: "measured to {date} on {count} messages")
  static let all: [MessageKey] = [basis]
}

/// How the PM's commentary changed (`CommentaryChange`).
enum CommentaryMessages {
  static let summary = MessageKey("changes.commentary.summary", "summary: {from} → {to}")
  static let quoted = MessageKey("changes.commentary.quoted", "“{line}”")
  static let added = MessageKey("changes.commentary.added", "{list}: added “{line}”")
  static let dropped = MessageKey("changes.commentary.dropped", "{list}: dropped “{line}”")
  static let lists: [String: MessageKey] = [
    "Achievements": MessageKey("changes.commentary.achievements", "Achievements"),
    "Next steps": MessageKey("changes.commentary.nextSteps", "Next steps"),
    "Asks": MessageKey("changes.commentary.asks", "Asks"),
  ]

  static let all: [MessageKey] =
    [summary, quoted, added, dropped]
    + ["Achievements", "Next steps", "Asks"].compactMap { lists[$0] }
}

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

/// The order every output lists issues in, and their count in words.
public enum IssueOrder {
  /// Open before resolved, then worst first, then due date (undated last), then id.
  public static func sorted(_ issues: [ProgrammeIssue]) -> [ProgrammeIssue] {
    issues.sorted { a, b in
      if a.open != b.open { return a.open }
      if a.severity != b.severity { return a.severity < b.severity }
      let left = a.due ?? InputLimits.latestDate
      let right = b.due ?? InputLimits.latestDate
      return (left, a.id) < (right, b.id)
    }
  }

  /// "2 open issues (1 critical)", "1 open issue", "no open issue".
  public static func summary(_ issues: [ProgrammeIssue]) -> String {
    summaryMessage(issues).english
  }

  public static func summaryMessage(_ issues: [ProgrammeIssue]) -> Message {
    let open = issues.filter(\.open)
    guard !open.isEmpty else { return Message(IssueMessages.none) }
    let critical = open.filter { $0.severity == .critical }.count
    return critical > 0
      ? Message(
        IssueMessages.critical, ["count": .count(open.count), "critical": .count(critical)])
      : Message(IssueMessages.open, ["count": .count(open.count)])
  }
}

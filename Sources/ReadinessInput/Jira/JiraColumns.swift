import ReadinessCore

/// Which columns of a Jira CSV export fill which task keys, and how its words map: Jira Cloud's
/// own column names by default, each overridable (`tasks: {jira_csv: …, map: {owner: "Reporter"}}`).
struct JiraColumns {
  /// Task key → the export's column header.
  var columns: [String: String] = [
    "id": "Issue key", "title": "Summary", "owner": "Assignee", "status": "Status",
    "start": "Custom field (Start date)", "end": "Due date", "duration": "Original Estimate",
    "blocks": "Outward issue link (Blocks)", "phase": "Labels", "type": "Issue Type",
  ]
  /// Jira status (lower case) → work status.
  var statuses: [String: WorkStatus] = [
    "to do": .notStarted, "open": .notStarted, "backlog": .notStarted,
    "selected for development":
      .notStarted, "in progress": .inProgress, "in review": .inProgress, "review": .inProgress,
    "done": .done, "closed": .done, "resolved": .done, "blocked": .blocked,
    "won't do": .notApplicable, "cancelled": .notApplicable,
  ]
  /// A label or component (lower case) → phase; the phases' own names always count.
  var phases: [String: PhaseID] = [:]
  var hoursPerDay = 8.0

  /// The keys `map` may name.
  static let keys = [
    "id", "title", "owner", "status", "start", "end", "duration", "blocks", "phase", "type",
  ]

  /// The phase a label or component names.
  func phase(_ value: String) -> PhaseID? {
    let lowered = value.lowercased()
    return phases[lowered] ?? PhaseID(rawValue: lowered)
      ?? (lowered == "testing & launch" || lowered == "launch" ? .testing : nil)
  }
}

import ReadinessCore

/// The PM's words for this week at the top of the report, each part cleaned.
struct HTMLCommentary: Encodable {
  let summary: String
  let hasSummary: Bool
  let achievements: [String]
  let hasAchievements: Bool
  let nextSteps: [String]
  let hasNextSteps: Bool
  let asks: [String]
  let hasAsks: Bool

  init?(_ c: Commentary?) {
    guard let c, !c.isEmpty else { return nil }
    summary = HTMLText.clean(c.summary, or: "")
    hasSummary = !summary.isEmpty
    achievements = c.achievements.map { HTMLText.clean($0) }
    hasAchievements = !achievements.isEmpty
    nextSteps = c.nextSteps.map { HTMLText.clean($0) }
    hasNextSteps = !nextSteps.isEmpty
    asks = c.asks.map { HTMLText.clean($0) }
    hasAsks = !asks.isEmpty
  }
}

/// The RAID issues beside the risk register: open ones first, worst first.
struct HTMLIssues: Encodable {
  let rows: [HTMLIssueRow]
  let hasRows: Bool
  /// "2 open (1 critical)" for the briefing and the headline.
  let summary: String

  init(_ issues: [ProgrammeIssue], wording: Wording) {
    rows = IssueOrder.sorted(issues).map { HTMLIssueRow($0, wording: wording) }
    hasRows = !rows.isEmpty
    summary = wording(IssueOrder.summaryMessage(issues))
  }
}

/// One issue as the register shows it.
struct HTMLIssueRow: Encodable {
  let id: String
  let title: String
  let owner: String
  let severity: String
  let severityText: String
  let raised: String
  let due: String
  let status: String
  let statusText: String
  let link: String
  let hasLink: Bool

  init(_ i: ProgrammeIssue, wording: Wording) {
    id = HTMLText.clean(i.id)
    title = HTMLText.clean(i.title)
    owner = HTMLText.clean(i.owner, or: wording(BriefingMessages.unassigned))
    severity = i.severity.rawValue
    severityText = wording(WordMessages.severityLabel(i.severity))
    raised = wording.cellDay(i.raised)
    due = wording.cellDay(i.due)
    status = i.status.rawValue
    statusText = wording(WordMessages.vocabulary(i.status))
    link = HTMLText.clean(i.link, or: "")
    hasLink = !link.isEmpty
  }
}

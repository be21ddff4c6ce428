import ReadinessCore

/// report.html's sentences and words built in its view: the headline, the risk register, the
/// usernames and the actions by owner (the template's own fixed texts are marked in it).
enum ReportMessages {
  static let title = MessageKey("report.title", "{programme}: username and BSUID readiness, {asOf}")
  static let noOwnerNamed = MessageKey("report.noOwnerNamed", "no owner named")
  static let committed = MessageKey("report.committed", "✓ committed")
  static let notCommitted = MessageKey("report.notCommitted", "✗ not committed")
  static let noneGiven = MessageKey("report.noneGiven", "none given")
  static let likelihood = MessageKey("report.risk.likelihood", "likelihood {level}")
  static let impact = MessageKey("report.risk.impact", "impact {level}")
  static let computed = MessageKey("report.risk.computed", "set by the PM; computed: {severity}")
  static let review = MessageKey("report.risk.review", "review {date}")
  static let claimedOn = MessageKey("report.username.claimedOn", "on {date}")
  static let badge = MessageKey("report.username.badge", "✓ verified badge")
  static let noBadge = MessageKey("report.username.noBadge", "no badge")
  static let noRisk = MessageKey("report.username.noRisk", "no risk")
  static let overLoad = MessageKey(
    "report.actions.overLoad", one: "over the load limit of {count} open actions and tasks",
    other: "over the load limit of {count} open actions and tasks")
  static let ends = MessageKey("report.action.ends", "ends {date}")
  static let late = MessageKey("report.action.late", "LATE: {reason}")
  static let lateSeverity = MessageKey("report.action.lateSeverity", "LATE, {severity}: {reason}")
  static let thenAction = MessageKey("report.action.then", "{note}. {action}")
  static let overdue = MessageKey("report.action.overdue", "OVERDUE: {action}")
  static let riskAction = MessageKey("report.action.risk", "{severity}: {action}")
  static let noDue = MessageKey("report.action.noDue", "no due date: set one. {note}")

  /// Words of the inventory's vocabulary that only report.html shows.
  static let words: [MessageKey] =
    WordMessages.vocabulary(of: RiskLevel.self) + WordMessages.vocabulary(of: UsernameSource.self)
    + WordMessages.vocabulary(of: FlowKind.self)

  static let all: [MessageKey] =
    [
      title, noOwnerNamed, committed, notCommitted, noneGiven, likelihood, impact, computed,
      review, claimedOn, badge, noBadge, noRisk, overLoad, ends, late, lateSeverity,
      thenAction, overdue, riskAction, noDue,
    ] + words + ReportChecklistMessages.all
}

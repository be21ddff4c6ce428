import ReadinessCore

/// report.md's headings, table headers and sentences (`MarkdownRenderer`, `MarkdownControl`,
/// `ChangesReport.markdown`, `MermaidGantt`).
enum MarkdownMessages {
  static let asOf = MessageKey("md.asOf", "Username and BSUID readiness as of {date}.")
  static let overall = MessageKey("md.overall", "Overall {score} of 100, {rag}.")
  static let sentence = MessageKey("md.sentence", "{text}.")
  static let chain = MessageKey("md.chain", "Driving chain: {chain}.")
  static let phases = MessageKey("md.phases", "Phases")
  static let phasesHeader = MessageKey(
    "md.phases.header", "| Phase | Window | Score | Expected | RAG | Why |")
  static let since = MessageKey("md.since", "Since the last report")
  static let sinceDate = MessageKey("md.since.date", "Since the last report ({date})")
  static let risks = MessageKey("md.risks", "Top open risks")
  static let noRisks = MessageKey("md.risks.none", "No open risks.")
  static let risksHeader = MessageKey(
    "md.risks.header", "| Severity | Risk | Id | Owner | Due | Action |")
  static let setByPM = MessageKey("md.risks.set", "{severity}, set by the PM; computed: {computed}")
  static let moreRisks = MessageKey(
    "md.risks.more", one: "and {count} more open risks in report.html.",
    other: "and {count} more open risks in report.html.")
  static let actions = MessageKey("md.actions", "Actions by owner, {from} to {to}")
  static let noActions = MessageKey("md.actions.none", "Nothing needs action in the window.")
  static let unassigned = MessageKey("md.actions.unassigned", "Unassigned")
  static let overloaded = MessageKey(
    "md.actions.overloaded", "**OVERLOADED** (more than {limit} open actions and tasks)")
  static let urgent = MessageKey("md.action.urgent", "**URGENT**")
  static let due = MessageKey("md.action.due", "due {date}")
  static let noDue = MessageKey("md.action.noDue", "no due date")
  static let late = MessageKey("md.action.late", "late: {reason}")
  static let pastEnd = MessageKey("md.action.pastEnd", "past its end")
  static let overdue = MessageKey("md.action.overdue", "overdue")
  static let timeline = MessageKey("md.timeline", "Timeline")
  static let timelineNote = MessageKey(
    "md.timeline.note", "Forecast dates; `crit` marks the critical path.")
  static let milestones = MessageKey("md.gantt.milestones", "Milestones")
  static let untitled = MessageKey("md.gantt.untitled", "(untitled)")
  static let replanned = MessageKey("md.replanned", "Re-planned")
  static let baseline = MessageKey("md.replanned.baseline", "baseline `{name}`, saved {date}")
  static let noneReplanned = MessageKey(
    "md.replanned.none", "No task has been re-planned since {since}.")
  static let replannedSince = MessageKey(
    "md.replanned.since", "Tasks whose planned dates differ from {since}.")
  static let replannedHeader = MessageKey(
    "md.replanned.header", "| Task | Baseline start | Baseline end | Plan start | Plan end |")

  static let all =
    [
      asOf, overall, sentence, chain, phases, phasesHeader, since, sinceDate, risks, noRisks,
      risksHeader, setByPM, moreRisks, actions, noActions, unassigned, overloaded, urgent, due,
      noDue, late, pastEnd, overdue, timeline, timelineNote, milestones, untitled, replanned,
      baseline, noneReplanned, replannedSince, replannedHeader,
    ] + MarkdownControlMessages.all
}

/// report.md's commentary, issues and changes sections.
enum MarkdownControlMessages {
  static let keyMessages = MessageKey("md.keyMessages", "Key messages")
  static let achievements = MessageKey("md.achievements", "Achievements")
  static let nextSteps = MessageKey("md.nextSteps", "Next steps")
  static let asks = MessageKey("md.asks", "Asks of the steering committee")
  static let issues = MessageKey("md.issues", "Issues")
  static let noIssues = MessageKey("md.issues.none", "No issues recorded.")
  static let issuesHeader = MessageKey(
    "md.issues.header", "| Severity | Issue | Owner | Raised | Due | Linked to | Status |")
  static let scoresHeader = MessageKey("md.changes.scores", "| Score | Then | Now | Change | RAG |")
  static let exposure = MessageKey(
    "md.changes.exposure", "Operational Silence exposure per month")
  static let exposureHeader = MessageKey(
    "md.changes.exposure.header",
    "| Adoption | Conversations then → now | Ad spend then → now |")
  static let conversations = MessageKey(
    "md.changes.conversations", "{from} → {to} conversations")
  static let noSpend = MessageKey("md.changes.noSpend", "no ad spend")

  static let all = [
    keyMessages, achievements, nextSteps, asks, issues, noIssues, issuesHeader, scoresHeader,
    exposure, exposureHeader, conversations, noSpend,
  ]
}

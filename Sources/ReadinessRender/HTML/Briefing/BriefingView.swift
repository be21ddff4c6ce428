import ReadinessCore

/// The briefing as its templates see it: the overall RAG and why, the phases against expected
/// progress, the forecast finish, what changed, the worst open risks, Operational Silence
/// exposure, the next milestones and the decisions waiting. Every string is cleaned, clipped and
/// formatted; every list is already cut to what one page holds.
struct BriefingView: Encodable {
  let title: String
  let programme: String
  let organisation: String
  let hasOrganisation: Bool
  let asOf: String
  let overallScore: String
  let overallRAG: String
  let overallRAGText: String
  let overallReason: String
  let finish: HTMLFinishLine
  let chain: HTMLDrivingChain
  /// The report's phase cards, their reasons clipped to fit the page.
  let phases: [HTMLPhaseCard]
  /// Nil when no history is kept: the box says so instead.
  let changes: BriefingChanges?
  let risks: BriefingList<BriefingRisk>
  let exposure: BriefingExposure
  let milestones: BriefingList<BriefingMilestone>
  let milestoneWindow: String
  let overdueDecisions: BriefingList<BriefingDecision>
  let neededDecisions: BriefingList<BriefingDecision>
  let hasDecisions: Bool
  /// Nil when the inventory has no commentary: the boxes are left out.
  let commentary: BriefingCommentary?
  /// "2 open issues (1 critical)".
  let issues: String
  /// The page's language (`lang`), its direction (`dir`), and the footer's note while the
  /// translation is not reviewed (empty in English).
  let lang: String
  let dir: String
  let reviewNote: String
  let hasReviewNote: Bool

  init(_ a: Assessment, wording: Wording) {
    (lang, dir, reviewNote) = wording.page
    hasReviewNote = !reviewNote.isEmpty
    programme = BriefingText.clip(a.programme.name, BriefingText.nameLength)
    organisation = BriefingText.clip(a.programme.organisation, BriefingText.nameLength, or: "")
    hasOrganisation = !organisation.isEmpty
    asOf = wording.day(a.asOf)
    title = wording(BriefingMessages.title, ["programme": .text(programme), "asOf": .day(a.asOf)])
    overallScore = wording.score(a.overall.score)
    overallRAG = a.overall.shownRAG.rawValue
    overallRAGText = HTMLRAG.text(
      a.overall.shownRAG, set: a.overall.override != nil, wording: wording)
    overallReason = BriefingText.clip(
      wording(a.overall.shownReasonMessage), BriefingText.reasonLength)
    commentary = BriefingCommentary(a.commentary, wording: wording)
    issues = wording(IssueOrder.summaryMessage(a.issues))
    finish = HTMLFinishLine(a.schedule, baseline: a.baseline, wording: wording)
    chain = HTMLDrivingChain(a.schedule, shown: 2) {
      BriefingText.clip($0, BriefingText.chainStepLength)
    }
    phases = a.phases.map {
      let reason = BriefingText.clip(wording($0.shownReasonMessage), BriefingText.reasonLength)
      return HTMLPhaseCard($0, reason: reason, wording: wording)
    }
    changes = BriefingChanges(a.history, wording: wording)
    risks = BriefingList(
      shown: a.topRisks.map { BriefingRisk($0, wording: wording) }, of: a.openRisks.count,
      more: BriefingMessages.moreRisks, wording: wording)
    exposure = BriefingExposure(a.exposure, flows: a.flows.count, wording: wording)
    let upcoming = a.upcomingMilestones
    milestones = BriefingList(
      upcoming.entries.map { BriefingMilestone($0, wording: wording) },
      limit: BriefingText.milestones, wording: wording)
    milestoneWindow = wording(
      BriefingMessages.window, ["from": .day(upcoming.from), "to": .day(upcoming.to)])
    let decisions = a.waitingDecisions
    overdueDecisions = BriefingList(
      decisions.overdue.map { BriefingDecision($0, wording: wording) },
      limit: BriefingText.decisions, wording: wording)
    neededDecisions = BriefingList(
      decisions.needed.map { BriefingDecision($0, wording: wording) },
      limit: BriefingText.decisions, wording: wording)
    hasDecisions = !decisions.isEmpty
  }
}

/// An open risk: severity, title and who owns it.
struct BriefingRisk: Encodable {
  let severity: String
  let severityText: String
  let title: String
  let titleDir: String
  let owner: String
  let due: String

  init(_ r: Risk, wording: Wording) {
    severity = r.severity.rawValue
    severityText = wording(WordMessages.severityLabel(r.severity))
    title = BriefingText.clip(wording(r.titleMessage), BriefingText.titleLength)
    titleDir = HTMLText.direction(generated: r.kind != .manual, wording: wording)
    owner = BriefingText.clip(
      r.owner, BriefingText.ownerLength, or: wording(BriefingMessages.unassigned))
    due = r.due.map { wording.day($0) } ?? wording(WordMessages.noDate)
  }
}

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

  init(_ a: Assessment) {
    programme = BriefingText.clip(a.programme.name, BriefingText.nameLength)
    organisation = BriefingText.clip(a.programme.organisation, BriefingText.nameLength, or: "")
    hasOrganisation = !organisation.isEmpty
    asOf = a.asOf.iso
    title = "\(programme): readiness briefing, \(asOf)"
    overallScore = Figures.score(a.overall.score)
    overallRAG = a.overall.shownRAG.rawValue
    overallRAGText = HTMLRAG.text(a.overall.shownRAG) + (a.overall.override == nil ? "" : " (set)")
    overallReason = BriefingText.clip(a.overall.shownReason, BriefingText.reasonLength)
    commentary = BriefingCommentary(a.commentary)
    issues = IssueOrder.summary(a.issues)
    finish = HTMLFinishLine(a.schedule, baseline: a.baseline)
    chain = HTMLDrivingChain(a.schedule, shown: 2) {
      BriefingText.clip($0, BriefingText.chainStepLength)
    }
    phases = a.phases.map {
      HTMLPhaseCard($0, reason: BriefingText.clip($0.shownReason, BriefingText.reasonLength))
    }
    changes = BriefingChanges(a.history)
    risks = BriefingList(
      shown: a.topRisks.map(BriefingRisk.init), of: a.openRisks.count, noun: "open risks")
    exposure = BriefingExposure(a.exposure, flows: a.flows.count)
    let upcoming = a.upcomingMilestones
    milestones = BriefingList(
      upcoming.entries.map(BriefingMilestone.init), limit: BriefingText.milestones)
    milestoneWindow = "\(upcoming.from.iso) to \(upcoming.to.iso)"
    let decisions = a.waitingDecisions
    overdueDecisions = BriefingList(
      decisions.overdue.map(BriefingDecision.init), limit: BriefingText.decisions)
    neededDecisions = BriefingList(
      decisions.needed.map(BriefingDecision.init), limit: BriefingText.decisions)
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

  init(_ r: Risk) {
    severity = r.severity.rawValue
    severityText = r.severity.rawValue.uppercased()
    title = BriefingText.clip(r.title, BriefingText.titleLength)
    titleDir = HTMLText.direction(generated: r.kind != .manual)
    owner = BriefingText.clip(r.owner, BriefingText.ownerLength, or: "unassigned")
    due = r.due?.iso ?? "no date"
  }
}

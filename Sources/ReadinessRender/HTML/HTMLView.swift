import ReadinessCore

/// The whole report as the templates see it. Field names are the template contract: the
/// mustache engine looks them up by name and renders a misspelt one as empty, so tests render
/// every slot. Every string is already cleaned and formatted; templates only lay it out.
struct HTMLView: Encodable {
  let title: String
  let programme: String
  let organisation: String
  let hasOrganisation: Bool
  let asOf: String
  /// `as_of` as ISO 8601, for `<time datetime>`.
  let asOfISO: String
  let overallScore: String
  let overallRAG: String
  let overallRAGText: String
  /// Why the overall RAG is what it is.
  let overallReason: String
  /// The PM's words for this week; nil when none were written.
  let commentary: HTMLCommentary?
  let issues: HTMLIssues
  let topRisks: [HTMLRiskRow]
  let hasTopRisks: Bool
  let commitments: [HTMLCommitment]
  let hasCommitments: Bool
  let phases: [HTMLPhaseCard]
  let checklist: [HTMLChecklistPhase]
  let flows: [HTMLFlowRow]
  let hasFlows: Bool
  let exposure: HTMLExposureView
  let register: HTMLRiskRegister
  let usernames: [HTMLUsernameRow]
  let hasUsernames: Bool
  let gantt: GanttView
  let finish: HTMLFinishLine
  let chain: HTMLDrivingChain
  /// Nil without a saved baseline: the section is left out.
  let replanned: HTMLReplannedView?
  let openEntries: HTMLOpenEntries
  /// Whether the appendix has risks or long lists to show.
  let hasAppendix: Bool
  let actions: HTMLActionsView
  let assumptions: [HTMLAssumptionRow]
  let hasAssumptions: Bool
  let decisions: [HTMLDecisionRow]
  let hasDecisions: Bool
  /// Nil when no history is kept: the section is left out.
  let changes: HTMLChangesView?
  let trend: TrendChart?
  /// The page's language and direction, and the note a translation not yet reviewed carries.
  let lang: String
  let dir: String
  let reviewNote: String
  let hasReviewNote: Bool

  init(_ a: Assessment, wording: Wording) {
    (lang, dir, reviewNote) = wording.page
    hasReviewNote = !reviewNote.isEmpty
    programme = HTMLText.clean(a.programme.name)
    organisation = HTMLText.clean(a.programme.organisation, or: "")
    hasOrganisation = !organisation.isEmpty
    asOfISO = a.asOf.iso
    asOf = wording.day(a.asOf)
    title = wording(ReportMessages.title, ["programme": .text(programme), "asOf": .day(a.asOf)])
    overallScore = wording.score(a.overall.score)
    overallRAG = a.overall.shownRAG.rawValue
    overallRAGText = HTMLRAG.text(
      a.overall.shownRAG, set: a.overall.override != nil, wording: wording)
    overallReason = HTMLText.clean(wording(a.overall.shownReasonMessage))
    commentary = HTMLCommentary(a.commentary)
    issues = HTMLIssues(a.issues, wording: wording)
    topRisks = a.topRisks.map { HTMLRiskRow($0, wording: wording) }
    hasTopRisks = !topRisks.isEmpty
    commitments = a.stakeholders.map { HTMLCommitment($0, wording: wording) }
    hasCommitments = !commitments.isEmpty
    phases = a.phases.map {
      HTMLPhaseCard($0, reason: HTMLText.clean(wording($0.shownReasonMessage)), wording: wording)
    }
    checklist = HTMLChecklistPhase.all(a, wording: wording)
    flows = a.flows.map { HTMLFlowRow($0, wording: wording) }
    hasFlows = !flows.isEmpty
    exposure = HTMLExposureView(a, wording: wording)
    register = HTMLRiskRegister(a.risks, wording: wording)
    usernames = a.usernames.map { HTMLUsernameRow($0, wording: wording) }
    hasUsernames = !usernames.isEmpty
    gantt = GanttView(GanttLayout(a, wording: wording))
    chain = HTMLDrivingChain(a.schedule, in: wording.language) { HTMLText.clean($0) }
    finish = HTMLFinishLine(a.schedule, baseline: a.baseline, wording: wording)
    replanned = a.baseline.map { HTMLReplannedView($0, wording: wording) }
    openEntries = HTMLOpenEntries(a, wording: wording)
    hasAppendix = register.hasOthers || openEntries.hasItems
    actions = HTMLActionsView(a, wording: wording)
    assumptions = a.assumptions.map { HTMLAssumptionRow($0, wording: wording) }
    hasAssumptions = !assumptions.isEmpty
    decisions = a.decisions.map { HTMLDecisionRow($0, wording: wording) }
    hasDecisions = !decisions.isEmpty
    changes = HTMLChangesView(a.history, money: a.money, wording: wording)
    trend = a.history.map { TrendChart($0.trend, wording: wording) }
  }
}

/// RAG and phase names as words, so meaning never rests on colour alone.
enum HTMLRAG {
  /// `RED`, or `RED (set)` when the PM set it.
  static func text(_ rag: RAG, set: Bool, wording: Wording) -> String {
    let label = wording(WordMessages.ragLabel(rag))
    return set ? wording(BriefingMessages.setRAG, ["rag": .text(label)]) : label
  }
}

/// One team's commitment (R-P4) in the headline.
struct HTMLCommitment: Encodable {
  let team: String
  let owner: String
  let committed: Bool
  let committedText: String

  init(_ s: Stakeholder, wording: Wording) {
    team = HTMLText.clean(s.team)
    owner = HTMLText.clean(s.owner, or: wording(ReportMessages.noOwnerNamed))
    committed = s.committed
    committedText = wording(s.committed ? ReportMessages.committed : ReportMessages.notCommitted)
  }
}

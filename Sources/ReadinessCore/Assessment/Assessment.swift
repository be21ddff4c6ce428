/// Everything the readiness model computes for one inventory at one `as_of`:
/// the single value every renderer consumes. Renderers never compute figures.
public struct Assessment: Sendable {
  public var programme: ProgrammeSummary
  public var asOf: Day
  /// Overall score 0–100 (one decimal) and RAG.
  public var overall: ScoreRAG
  /// The three phases in roadmap order.
  public var phases: [PhaseResult]
  /// R-P1…R-T3 then R-C1…R-C7, in SPEC order.
  public var checklist: [ItemResult]
  /// One per flow, in inventory order.
  public var flows: [FlowStates]
  public var exposure: Exposure
  /// Generated and manual risks, worst first.
  public var risks: [Risk]
  public var usernames: [UsernameResult]
  public var schedule: Schedule
  /// Every default date or value the assessment used, for the report's assumptions.
  public var assumptions: [Assumption]
  public var stakeholders: [Stakeholder]
  public var decisions: [Decision]
  public var wabas: [WABA]
  /// The inventory's systems, in inventory order, for the workbook's Systems sheet.
  public var systems: [BusinessSystem] = []
  /// Tasks and risks needing action in the two weeks after `as_of`, by owner.
  public var actions: Actions
  /// Problems only the assessment finds: overrides of risks that are not generated
  /// (`inventory.risk-override-stale`).
  public var warnings: [Diagnostic] = []
  /// The comparison with the previous report and the trend; nil when no history is kept.
  public var history: ReportHistory? = nil
  /// The forecast against the saved baseline; nil when none is saved or no history is kept.
  public var baseline: BaselineComparison? = nil
  /// RAID issues, in inventory order.
  public var issues: [ProgrammeIssue] = []
  /// The PM's words for this week; nil when none were written.
  public var commentary: Commentary? = nil

  public init(
    programme: ProgrammeSummary, asOf: Day, overall: ScoreRAG, phases: [PhaseResult],
    checklist: [ItemResult], flows: [FlowStates], exposure: Exposure, risks: [Risk],
    usernames: [UsernameResult], schedule: Schedule, assumptions: [Assumption],
    stakeholders: [Stakeholder], decisions: [Decision], wabas: [WABA], actions: Actions
  ) {
    self.programme = programme
    self.asOf = asOf
    self.overall = overall
    self.phases = phases
    self.checklist = checklist
    self.flows = flows
    self.exposure = exposure
    self.risks = risks
    self.usernames = usernames
    self.schedule = schedule
    self.assumptions = assumptions
    self.stakeholders = stakeholders
    self.decisions = decisions
    self.wabas = wabas
    self.actions = actions
  }
}

/// Programme identity as shown in every output.
public struct ProgrammeSummary: Sendable {
  public var name: String
  public var organisation: String?
  /// File-system-safe lower-case name (`acme-telecom-whatsapp-usernames-readiness`).
  public var slug: String
  public init(name: String, organisation: String?, slug: String) {
    self.name = name
    self.organisation = organisation
    self.slug = slug
  }
}

/// Red, amber, green: always shown as text as well as colour.
public enum RAG: String, CaseIterable, Sendable, Comparable {
  case green, amber, red
  public static func < (a: RAG, b: RAG) -> Bool {
    allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
  }
}

/// One roadmap phase at `as_of`.
public struct PhaseResult: Sendable {
  public var id: PhaseID
  public var start: Day
  public var end: Day
  /// Weighted score of applicable items, one decimal; nil when no item applies.
  public var score: Double?
  /// 100 × elapsed fraction of the window, clamped 0–100, one decimal.
  public var expected: Double
  public var rag: RAG
  /// Why the RAG is what it is, in English ("red: the phase ended 2026-03-31 at 72.5 of 100").
  public var ragReason: String
  /// The same reason as a message, for other languages.
  public var reasonMessage: Message
  /// Weight of the phase in the overall score.
  public var weight: Double
  /// The PM's RAG shown beside `rag` (`programme.rag_override.<phase>`).
  public var override: SetRAG? = nil
  public init(
    id: PhaseID, start: Day, end: Day, score: Double?, expected: Double, rag: RAG,
    ragReason: String, weight: Double
  ) {
    self.init(
      id: id, start: start, end: end, score: score, expected: expected, rag: rag,
      reason: .verbatim(ragReason), weight: weight)
  }

  public init(
    id: PhaseID, start: Day, end: Day, score: Double?, expected: Double, rag: RAG,
    reason: Message, weight: Double
  ) {
    self.id = id
    self.start = start
    self.end = end
    self.score = score
    self.expected = expected
    self.rag = rag
    ragReason = reason.english
    reasonMessage = reason
    self.weight = weight
  }
}

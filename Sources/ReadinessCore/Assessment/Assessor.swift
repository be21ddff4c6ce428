/// Computes an `Assessment` of a validated inventory at its as-of date: the identity-state
/// matrix and the checklist, scores, exposure, risks and the schedule's lateness.
public enum Assessor {
  /// Evaluates the identity-state matrix, then the checklist's items at once on the cores.
  public static func evaluate(_ validated: ValidatedInventory) -> EvaluatedInventory {
    let flows = IdentityMatrix.rows(for: validated.inventory)
    let checklist = ItemEvaluator(
      context: RuleContext(inventory: validated.inventory, flows: flows)
    ).evaluateAll()
    return EvaluatedInventory(validated: validated, flows: flows, checklist: checklist)
  }

  /// Evaluates, then assesses `validated` at its as-of day.
  public static func assess(_ validated: ValidatedInventory) -> Assessment {
    assess(evaluate(validated))
  }

  /// Assesses `evaluated` at its as-of day. Every input error was found by validation, so this
  /// cannot fail.
  public static func assess(_ evaluated: EvaluatedInventory) -> Assessment {
    let validated = evaluated.validated
    let asOf = validated.asOf
    let inventory = validated.inventory
    let programme = inventory.programme
    let calendar = validated.calendar
    let windows = Dictionary(uniqueKeysWithValues: calendar.windows.map { ($0.id, $0) })
    let forecast = Forecast.forecast(
      plan: validated.plan, graph: validated.graph, asOf: asOf,
      calendar: calendar.workingCalendar)
    let tasks = validated.plan.indices.map {
      validated.plan[$0].scheduled(windows: windows, asOf: asOf, forecast: forecast.dates[$0])
    }
    let rows = evaluated.flows
    let context = RuleContext(inventory: inventory, flows: rows)
    let items = evaluated.checklist
    let phases = PhaseScoring.phases(
      items: items, windows: calendar.windows, asOf: asOf,
      thresholds: RAGRules.Thresholds(tolerance: calendar.tolerance, red: calendar.redTolerance),
      weights: programme.weights)
    let register = RiskRegister.risks(
      RiskRegister.Input(
        context: context, rows: rows, items: items, tasks: tasks,
        claimWindow: calendar.claimWindow, asOf: asOf, programmeStart: calendar.start,
        bsuidWebhooks: calendar.bsuidWebhooks, catchUpPlan: calendar.followsCatchUpPlan))
    let risks = register.risks
    let starts = tasks.map(\.start) + calendar.windows.map(\.start)
    let ends = tasks.map { max($0.end, $0.forecastEnd) } + calendar.windows.map(\.end)
    let schedule = Schedule(
      tasks: tasks, milestones: calendar.milestones, start: starts.min() ?? asOf,
      end: ends.max() ?? asOf, calendar: calendar.workingCalendar,
      drivingChain: forecast.drivingChain)
    var overall = PhaseScoring.overall(phases, risks: risks, issues: inventory.issues)
    var shownPhases = phases
    RAGOverrides.apply(
      programme.ragOverrides, asOf: asOf, overall: &overall, phases: &shownPhases)
    var assessment = Assessment(
      programme: ProgrammeSummary(
        name: programme.name, organisation: programme.organisation,
        slug: ProgrammeSlug.slug(programme.name)),
      asOf: asOf,
      overall: overall,
      phases: shownPhases,
      checklist: items,
      flows: rows,
      exposure: SilenceExposure.exposure(
        flows: inventory.flows, rows: rows, adoptions: calendar.adoptions,
        observed: programme.observed),
      risks: risks,
      usernames: UsernameRisks.results(
        inventory.usernames, claimWindow: calendar.claimWindow, asOf: asOf),
      schedule: schedule,
      assumptions: calendar.assumptions + inventory.productFindings,
      stakeholders: programme.stakeholders,
      decisions: inventory.decisions,
      wabas: programme.wabas,
      actions: ActionList.actions(
        tasks: tasks, risks: risks, asOf: asOf,
        loadLimit: programme.ownerLoadLimit ?? ActionList.defaultLoadLimit))
    assessment.systems = inventory.systems
    assessment.warnings = register.stale.map(staleOverride)
    assessment.issues = inventory.issues
    assessment.commentary = inventory.commentary.flatMap { $0.isEmpty ? nil : $0 }
    return assessment
  }

  /// The warning for an override whose risk the data no longer raises.
  static func staleOverride(_ entry: ManualRisk) -> Diagnostic {
    Diagnostic(
      .warning, code: .riskOverrideStale,
      Message(CheckMessages.staleOverride, ["risk": .text(entry.id.clipped)]),
      at: entry.location(of: \.id) ?? entry.location, hint: Message(CheckMessages.staleOverrideHint)
    )
  }
}

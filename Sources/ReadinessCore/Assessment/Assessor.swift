/// Computes an `Assessment` from an inventory (SPEC §4 and §5).
public enum Assessor {
  /// Assesses `inventory` at `asOf`; throws `InvalidInventory` for input errors only a
  /// schedule reveals (a given start earlier than its dependencies allow, a dependency cycle,
  /// a phase that ends before it starts).
  public static func assess(_ inventory: Inventory, asOf: Day) throws(InvalidInventory)
    -> Assessment
  {
    let programme = inventory.programme
    let calendar = try ProgrammeCalendar(programme)
    let windows = Dictionary(uniqueKeysWithValues: calendar.windows.map { ($0.id, $0) })
    let tasks = try Scheduler(tasks: inventory.tasks, windows: windows, asOf: asOf).schedule()
    let rows = IdentityMatrix.rows(for: inventory.flows)
    let context = RuleContext(inventory: inventory, flows: rows)
    let items = ItemEvaluator(context: context).evaluateAll()
    let phases = PhaseScoring.phases(
      items: items, windows: calendar.windows, asOf: asOf, tolerance: calendar.tolerance,
      weights: programme.weights)
    let risks = RiskRegister.risks(
      RiskRegister.Input(
        context: context, rows: rows, items: items, tasks: tasks,
        claimWindow: calendar.claimWindow, asOf: asOf))
    let starts = tasks.map(\.start) + calendar.windows.map(\.start)
    let ends = tasks.map(\.end) + calendar.windows.map(\.end)
    let schedule = Schedule(
      tasks: tasks, milestones: calendar.milestones, start: starts.min() ?? asOf,
      end: ends.max() ?? asOf)
    return Assessment(
      programme: ProgrammeSummary(
        name: programme.name, organisation: programme.organisation,
        slug: ProgrammeSlug.slug(programme.name)),
      asOf: asOf,
      overall: PhaseScoring.overall(phases, risks: risks),
      phases: phases,
      checklist: items,
      flows: rows,
      exposure: SilenceExposure.exposure(
        flows: inventory.flows, rows: rows, adoptions: calendar.adoptions),
      risks: risks,
      usernames: UsernameRisks.results(
        inventory.usernames, claimWindow: calendar.claimWindow, asOf: asOf),
      schedule: schedule,
      assumptions: calendar.assumptions,
      stakeholders: programme.stakeholders,
      decisions: inventory.decisions,
      wabas: programme.wabas,
      actions: ActionList.actions(tasks: tasks, risks: risks, asOf: asOf))
  }
}

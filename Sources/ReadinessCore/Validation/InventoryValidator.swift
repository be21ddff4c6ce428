/// The one validation pass over the typed model: ids, references, dependency cycles, task
/// dating, likely gaps (warnings), phase windows and the schedule. It returns the validated,
/// scheduled inventory when nothing is wrong, and every diagnostic either way. The checklist
/// is evaluated by `Assessor.evaluate`; `mismatches` then warns about its covering tasks.
public enum InventoryValidator {
  /// What validation produced.
  public struct Result: Sendable {
    /// Present when there is no error.
    public var validated: ValidatedInventory?
    public var diagnostics: [Diagnostic]
  }

  /// Validates `inventory` read at `asOf` (see `AsOfChoice`): statuses ahead of Meta's dates
  /// then are warned about. `earlier` are problems already found while reading it (syntax,
  /// schema): the checks that need the whole model still run, but the calendar and schedule
  /// only run on an inventory with no error so far, so their messages never rest on a guess.
  /// `unread` are the entries reading could not make (their errors are in `earlier`).
  public static func validate(
    _ inventory: Inventory, earlier: [Diagnostic] = [], unread: UnreadEntries = UnreadEntries(),
    asOf day: Day
  ) -> Result {
    let graph = TaskGraph(inventory.tasks)
    // Independent checks, run at once on the cores; their diagnostics keep this order.
    let checks: [@Sendable () -> [Diagnostic]] = [
      { ReferenceChecks.check(inventory, unread: unread) },
      { UsernamePhoneNumbers.check(inventory.usernames) },
      { cycles(graph, tasks: inventory.tasks) },
      { TaskDating.check(inventory.tasks) },
      { InventoryWarnings.check(inventory) },
      { TimelineWarnings.check(inventory, asOf: day) },
      { ObservedWarnings.check(inventory.programme.observed, asOf: day) },
      { RiskChecks.check(inventory.risks, asOf: day) },
      { ProgrammeControlChecks.check(inventory, asOf: day) },
    ]
    let diagnostics = earlier + checks.concurrentlyJoined()
    guard !diagnostics.contains(where: { $0.severity == .error }) else {
      return Result(validated: nil, diagnostics: diagnostics)
    }
    let calendar = ProgrammeCalendar(inventory.programme)
    let backwards =
      calendar.backwardWindows(inventory.programme)
      + ProgrammeCalendar.calendarErrors(inventory.programme.calendar)
    guard backwards.isEmpty else {
      return Result(validated: nil, diagnostics: diagnostics + backwards)
    }
    let windows = Dictionary(uniqueKeysWithValues: calendar.windows.map { ($0.id, $0) })
    let scheduler = Scheduler(
      tasks: inventory.tasks, graph: graph, windows: windows,
      calendar: calendar.workingCalendar,
      milestones: Dictionary(
        calendar.milestones.map { ($0.id, $0.date) }, uniquingKeysWith: { first, _ in first }))
    switch scheduler.schedule() {
    case .failure(let error):
      return Result(validated: nil, diagnostics: diagnostics + error.diagnostics)
    case .success(let placed):
      let validated = ValidatedInventory(
        inventory: inventory, asOf: day, calendar: calendar, plan: placed.plan, graph: graph)
      return Result(validated: validated, diagnostics: diagnostics + placed.warnings)
    }
  }

  /// A warning for each covering task whose state disagrees with its item's data in the
  /// evaluated `checklist`, at the task's `covers`.
  public static func mismatches(_ checklist: [ItemResult], tasks: [PlanTask]) -> [Diagnostic] {
    let tasks = Dictionary(tasks.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    return checklist.flatMap(\.mismatches).map { mismatch in
      let task = tasks[mismatch.task]
      return Diagnostic(
        .warning, code: .taskItemMismatch, mismatch.messageMessage,
        at: task?.location(of: \.covers) ?? task?.location, hint: mismatch.hintMessage)
    }
  }

  /// One diagnostic per dependency cycle, naming it (`a → b → c → a`), at the first task's
  /// `depends_on`.
  static func cycles(_ graph: TaskGraph, tasks: [PlanTask]) -> [Diagnostic] {
    graph.cycles().map { cycle in
      let first = tasks[cycle[0]]
      return Diagnostic(
        .error, code: .dependencyCycle,
        Message(
          CheckMessages.cycle,
          ["cycle": .text(cycle.map { tasks[$0].id }.joined(separator: " → "))]),
        at: first.location(of: \.dependsOn) ?? first.location,
        hint: Message(CheckMessages.cycleHint))
    }
  }
}

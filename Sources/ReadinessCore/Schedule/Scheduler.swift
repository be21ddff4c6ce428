/// Places tasks on the working calendar as a project planner does.
///
/// - `duration` counts working days of the programme calendar; `end` is inclusive and must be
///   a working day. A given start on a day off moves to the next working day (a warning). A
///   task with neither `duration` nor `end` takes one day.
/// - Finish-to-start: a task starts on the later of its phase start and the boundary its
///   dependencies end at; a later given `start` is kept, an earlier one is an input error. A
///   given start before its phase window is kept with a warning.
/// - A milestone takes no time. A dated one (`end` or `start`) marks the start of its day, so
///   dependents may start that day; one placed by its dependencies sits at their latest end
///   and dependents start on the next working day; with neither it sits at its phase start. A
///   dated one whose dependencies end on or after its date is placed by them (a warning when
///   that moves it past its date).
///   Tasks may depend on programme milestones, which are dated.
/// - Slack and the plan's critical path come from `CriticalPath`. Lateness needs an as-of
///   date, so the assessment decides it.
struct Scheduler: Sendable {
  let tasks: [PlanTask]
  /// Built from `tasks`, without cycles (the validator checks first).
  let graph: TaskGraph
  let windows: [PhaseID: PhaseWindow]
  let calendar: WorkingCalendar
  /// Programme milestones by id: a `depends_on` that names no task names one of these.
  let milestones: [String: Day]

  /// The plan in inventory order with its warnings, or the input errors placing it reveals.
  func schedule() -> Result<(plan: [PlannedTask], warnings: [Diagnostic]), InvalidInventory> {
    var plan: [PlannedTask?] = Array(repeating: nil, count: tasks.count)
    var problems: [Diagnostic] = []
    var warnings: [Diagnostic] = []
    for i in graph.order {
      let task = tasks[i]
      let dependencies = graph.dependencies[i].compactMap { plan[$0] }
      let latest = dependencies.max { $0.endBoundary < $1.endBoundary }
      let milestoneBound = task.dependsOn.compactMap { id in
        graph.index[id] == nil ? milestones[id].map(calendar.number) : nil
      }.max()
      let ready = [latest?.endBoundary, milestoneBound].compactMap { $0 }.max()
      let placed: PlannedTask
      if task.milestone {
        placed = milestone(task, ready: ready, bound: milestoneBound, &warnings)
      } else {
        placed = work(
          task, latest: latest, ready: ready, bound: milestoneBound, &problems, &warnings)
      }
      if placed.end > InputLimits.latestDate,
        dependencies.allSatisfy({ $0.end <= InputLimits.latestDate })
      {
        problems.append(beyondCalendar(task, placed.end))
      }
      plan[i] = placed
    }
    if !problems.isEmpty { return .failure(InvalidInventory(problems)) }
    var placed = plan.compactMap { $0 }
    let slack = CriticalPath.planSlack(placed, graph: graph)
    for i in placed.indices { placed[i].slack = slack[i] }
    return .success((placed, warnings))
  }

  /// A milestone: on its own date, else at its dependencies' latest end, else its phase start.
  private func milestone(
    _ task: PlanTask, ready: Int?, bound: Int?, _ warnings: inout [Diagnostic]
  ) -> PlannedTask {
    guard let date = task.end ?? task.start else {
      let boundary = ready ?? calendar.number(phaseStart(task))
      let day = ready == nil ? calendar.onOrAfter(phaseStart(task)) : calendar.day(boundary - 1)
      return PlannedTask(
        task: task, start: day, end: day, workingDays: 0, endBoundary: boundary, dated: false,
        milestoneBound: bound)
    }
    let own = calendar.number(date)
    guard let ready, ready > own else {
      return PlannedTask(
        task: task, start: date, end: date, workingDays: 0, endBoundary: own, dated: true,
        milestoneBound: bound)
    }
    // Its dependencies end on or after its date: it falls where they place it.
    let placed = calendar.day(ready - 1)
    if placed > date { warnings.append(ScheduleWarnings.pushedMilestone(task, date, to: placed)) }
    return PlannedTask(
      task: task, start: placed, end: placed, workingDays: 0, endBoundary: ready, dated: true,
      milestoneBound: bound)
  }

  /// A task that takes working days.
  private func work(
    _ task: PlanTask, latest: PlannedTask?, ready: Int?, bound: Int?,
    _ problems: inout [Diagnostic], _ warnings: inout [Diagnostic]
  ) -> PlannedTask {
    let window = phaseStart(task)
    var start = calendar.day(max(ready ?? Int.min, calendar.number(window)))
    if let given = task.start {
      let moved = calendar.onOrAfter(given)
      if moved != given { warnings.append(ScheduleWarnings.movedStart(task, given, to: moved)) }
      if let ready, calendar.number(moved) < ready {
        let allowed = calendar.day(ready)
        problems.append(early(task, given, allowed: allowed, after: latest?.task))
      } else {
        if given < window { warnings.append(ScheduleWarnings.beforePhase(task, given, window)) }
        start = moved
      }
    }
    var end = calendar.end(start: start, workingDays: task.duration ?? 1)
    if task.duration == nil, let given = task.end {
      if given < start {
        problems.append(ScheduleWarnings.endBeforeStart(task, given, start: start))
      } else if !calendar.isWorkingDay(given) {
        problems.append(ScheduleWarnings.endOnDayOff(task, given, calendar: calendar))
      } else {
        end = given
      }
    }
    return PlannedTask(
      task: task, start: start, end: end,
      workingDays: calendar.workingDays(from: start, through: end),
      endBoundary: calendar.finishNumber(end) + 1, dated: false, milestoneBound: bound)
  }

  private func phaseStart(_ task: PlanTask) -> Day {
    windows[task.phase]?.start ?? Day(ordinal: 0)
  }

  /// The first task of a chain that ends after the last supported date (its successors follow).
  private func beyondCalendar(_ task: PlanTask, _ end: Day) -> Diagnostic {
    Diagnostic(
      .error, code: .beyondCalendar,
      Message(
        ScheduleProblemMessages.beyondCalendar,
        ["task": .text(task.id), "end": .day(end), "latest": .day(InputLimits.latestDate)]),
      at: task.location(of: \.duration) ?? task.location(of: \.start)
        ?? task.location,
      hint: Message(
        ScheduleProblemMessages.beyondCalendarHint,
        ["range": .message(InputLimits.dateRangeMessage)]
      ))
  }

  private func early(_ task: PlanTask, _ given: Day, allowed: Day, after dependency: PlanTask?)
    -> Diagnostic
  {
    typealias M = ScheduleProblemMessages
    var hint = Message(M.earliestAfterMilestones, ["allowed": .day(allowed)])
    if let dependency {
      hint = Message(
        M.earliestAfterTask, ["allowed": .day(allowed), "dependency": .text(dependency.id)])
    }
    return Diagnostic(
      .error, code: .startBeforeDependencies,
      Message(
        task.milestone ? M.fallsBeforeDependencies : M.startBeforeDependencies,
        ["task": .text(task.id), "given": .day(given)]),
      at: (task.milestone
        ? task.location(of: \.end) ?? task.location(of: \.start)
        : task.location(of: \.start)) ?? task.location,
      hint: hint)
  }
}

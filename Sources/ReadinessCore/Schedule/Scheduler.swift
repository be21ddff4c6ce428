/// Places tasks on the calendar as a project planner does.
///
/// - `duration` counts working days (Monday–Friday); `end` is inclusive. A start on a weekend
///   moves to the next working day. A task with neither `duration` nor `end` takes one day.
/// - Finish-to-start: a task with `depends_on` starts on the first working day after the latest
///   end of its dependencies; a later given `start` is kept, an earlier one is an input error.
///   Without `start` or dependencies a task starts at its phase start.
/// - A milestone takes no time: it falls on its `end` (or `start`), else on the latest end of its
///   dependencies, else on its phase start. A given date before its dependencies end is an error.
/// - Slack and the critical path come from `CriticalPath`. Lateness needs an as-of date, so the
///   assessment decides it.
struct Scheduler: Sendable {
  let tasks: [PlanTask]
  /// Built from `tasks`, without cycles (the validator checks first).
  let graph: TaskGraph
  let windows: [PhaseID: PhaseWindow]

  /// The plan in inventory order, or the input errors that placing the tasks reveals.
  func schedule() -> Result<[PlannedTask], InvalidInventory> {
    var starts = [Day](repeating: Day(ordinal: 0), count: tasks.count)
    var ends = starts
    var workingDays = [Int](repeating: 0, count: tasks.count)
    var problems: [Diagnostic] = []
    for i in graph.order {
      let task = tasks[i]
      let latest = graph.dependencies[i].max { ends[$0] < ends[$1] }
      let phaseStart = windows[task.phase]?.start ?? Day(ordinal: 0)
      if task.milestone {
        var date = task.end ?? task.start ?? latest.map { ends[$0] } ?? phaseStart
        if let latest, date < ends[latest] {
          problems.append(early(task, date, allowed: ends[latest], after: tasks[latest]))
          date = ends[latest]
        }
        (starts[i], ends[i], workingDays[i]) = (date, date, 0)
        continue
      }
      var start = latest.map { WorkCalendar.after(ends[$0]) } ?? WorkCalendar.onOrAfter(phaseStart)
      if let given = task.start {
        let moved = WorkCalendar.onOrAfter(given)
        if let latest, moved < start {
          problems.append(early(task, given, allowed: start, after: tasks[latest]))
        } else {
          start = moved
        }
      }
      var end = WorkCalendar.end(start: start, workingDays: task.duration ?? 1)
      if task.duration == nil, let given = task.end {
        if given < start {
          problems.append(
            Diagnostic(
              .error, code: .endBeforeStart,
              "task '\(task.id)' ends on \(given.iso), before it can start on \(start.iso)",
              at: task.location(of: \.end) ?? task.location,
              hint: "move its end to \(start.iso) or later, or give a duration"))
        } else {
          end = given
        }
      }
      if end > InputLimits.latestDate, latest.map({ ends[$0] <= InputLimits.latestDate }) ?? true {
        problems.append(beyondCalendar(task, end))
      }
      (starts[i], ends[i]) = (start, end)
      workingDays[i] = WorkCalendar.workingDays(from: start, through: end)
    }
    if !problems.isEmpty { return .failure(InvalidInventory(problems)) }
    let slack = CriticalPath.slack(
      graph: graph, ends: ends, workingDays: workingDays, milestones: tasks.map(\.milestone))
    return .success(
      tasks.indices.map { i in
        PlannedTask(
          task: tasks[i], start: starts[i], end: ends[i], workingDays: workingDays[i],
          slack: slack[i])
      })
  }

  /// The first task of a chain that ends after the last supported date (its successors follow).
  private func beyondCalendar(_ task: PlanTask, _ end: Day) -> Diagnostic {
    Diagnostic(
      .error, code: .beyondCalendar,
      "task '\(task.id)' would end on \(end.iso), after the last supported date \(InputLimits.latestDate.iso)",
      at: task.location(of: \.duration) ?? task.location(of: \.start)
        ?? task.location,
      hint: "shorten it or its dependencies; plans must end \(InputLimits.dateRange)")
  }

  private func early(_ task: PlanTask, _ given: Day, allowed: Day, after dependency: PlanTask)
    -> Diagnostic
  {
    let what = task.milestone ? "falls on" : "starts on"
    return Diagnostic(
      .error, code: .startBeforeDependencies,
      "task '\(task.id)' \(what) \(given.iso), before its dependencies allow",
      at: (task.milestone
        ? task.location(of: \.end) ?? task.location(of: \.start)
        : task.location(of: \.start)) ?? task.location,
      hint: "the earliest allowed date is \(allowed.iso), after '\(dependency.id)' ends")
  }
}

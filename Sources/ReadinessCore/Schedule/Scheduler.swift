/// Places tasks on the calendar as a project planner does (SPEC §5).
///
/// - `duration` counts working days (Monday–Friday); `end` is inclusive. A start on a weekend
///   moves to the next working day. A task with neither `duration` nor `end` takes one day.
/// - Finish-to-start: a task with `depends_on` starts on the first working day after the latest
///   end of its dependencies; a later given `start` is kept, an earlier one is an input error.
///   Without `start` or dependencies a task starts at its phase start.
/// - A milestone takes no time: it falls on its `end` (or `start`), else on the latest end of its
///   dependencies, else on its phase start. A given date before its dependencies end is an error.
/// - Late: ends after its phase end, or unfinished when `as_of` is past its end.
struct Scheduler: Sendable {
  let tasks: [PlanTask]
  let windows: [PhaseID: PhaseWindow]
  let asOf: Day

  func schedule() throws(InvalidInventory) -> [ScheduledTask] {
    let graph = try TaskGraph(tasks)
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
              .error, code: "schedule.end-before-start",
              "task '\(task.id)' ends on \(given.iso), before it can start on \(start.iso)",
              at: task.endLocation ?? task.location,
              hint: "move its end to \(start.iso) or later, or give a duration"))
        } else {
          end = given
        }
      }
      (starts[i], ends[i]) = (start, end)
      workingDays[i] = WorkCalendar.workingDays(from: start, through: end)
    }
    if !problems.isEmpty { throw InvalidInventory(problems) }
    let slack = CriticalPath.slack(
      graph: graph, ends: ends, workingDays: workingDays, milestones: tasks.map(\.milestone))
    return tasks.indices.map { i in
      let lateReason = lateness(tasks[i], end: ends[i])
      return ScheduledTask(
        task: tasks[i], start: starts[i], end: ends[i], workingDays: workingDays[i],
        slack: slack[i], critical: slack[i] == 0, late: lateReason != nil, lateReason: lateReason)
    }
  }

  /// Why a task is late, or nil when it is not.
  func lateness(_ task: PlanTask, end: Day) -> String? {
    if let window = windows[task.phase], end > window.end {
      return "ends \(end.iso), after \(task.phase.rawValue) ends \(window.end.iso)"
    }
    if asOf > end && !task.isFinished {
      return "unfinished (\(Scoring.percent(task.progress))) after its end \(end.iso)"
    }
    return nil
  }

  private func early(_ task: PlanTask, _ given: Day, allowed: Day, after dependency: PlanTask)
    -> Diagnostic
  {
    let what = task.milestone ? "falls on" : "starts on"
    return Diagnostic(
      .error, code: "schedule.start-before-dependencies",
      "task '\(task.id)' \(what) \(given.iso), before its dependencies allow",
      at: (task.milestone ? task.endLocation ?? task.startLocation : task.startLocation)
        ?? task.location,
      hint: "the earliest allowed date is \(allowed.iso), after '\(dependency.id)' ends")
  }
}

/// The forecast beside the plan: when each task will really start and end, given its progress
/// at the as-of date and its dependencies' forecasts, and the critical path on it (the plan's
/// dates and slack stay as they are).
///
/// - A done task (status `done` or progress 100) is forecast as planned.
/// - remaining = ⌈planned working days × (100 − progress) / 100⌉.
/// - earliest = the boundary its dependencies' forecasts end at (a dated milestone's day).
/// - A task planned to start after as-of starts on the later of its planned start and earliest.
/// - A task planned to start on or before as-of resumes on the later of the first working day
///   after as-of and earliest. Its forecast start stays the planned start when it has progress
///   and no dependency pushes it past as-of, else it is the resume day.
/// - Forecast end = the remaining-th working day, counting the (re)start day as day 1.
/// - A milestone falls at the latest forecast end of its dependencies, or on its own date if
///   that is later.
/// - Slip = working days from the planned end to the forecast end (negative when ahead).
enum Forecast {
  /// One task's forecast.
  struct Dates: Sendable {
    let start: Day
    let end: Day
    let slip: Int
    /// Forecast slack in working days; nil for a done task or a milestone nothing pushes.
    var slack: Int? = nil
  }

  /// Every task's forecast (inventory order) and the driving chain (task indices, first to
  /// last).
  struct Result: Sendable {
    let dates: [Dates]
    let drivingChain: [Int]
  }

  /// The forecast of every task of `plan`, in dependency order, and its critical path.
  static func forecast(
    plan: [PlannedTask], graph: TaskGraph, asOf: Day, calendar: WorkingCalendar
  ) -> Result {
    var dates = plan.map { Dates(start: $0.start, end: $0.end, slip: 0) }
    var nodes = plan.map { CriticalPath.Node(start: 0, end: $0.endBoundary, fixed: true) }
    let resume = calendar.after(asOf)
    for i in graph.order {
      let planned = plan[i]
      let dependencies = graph.dependencies[i]
      let earliest =
        (dependencies.map { nodes[$0].end } + [planned.milestoneBound].compactMap { $0 })
        .max()
      let (start, end): (Day, Day)
      if planned.task.milestone && planned.task.isFinished {
        // A milestone marked done stays where the plan put it, whatever its dependencies say.
        (start, end) = (planned.start, planned.end)
      } else if planned.task.milestone {
        let ownDate = planned.dated ? planned.task.end ?? planned.task.start : nil
        let own = ownDate.map(calendar.number)
        let boundary = [own, earliest].compactMap { $0 }.max() ?? planned.endBoundary
        let pushed = own.map { boundary > $0 } ?? !dependencies.allSatisfy { nodes[$0].fixed }
        let date = !pushed ? ownDate ?? planned.end : calendar.day(boundary - 1)
        (start, end) =
          dependencies.isEmpty && own == nil ? (planned.end, planned.end) : (date, date)
        nodes[i] = CriticalPath.Node(
          start: boundary, end: boundary, fixed: !pushed, bounds: own != nil)
      } else if planned.task.isFinished {
        (start, end) = (planned.start, planned.end)
      } else {
        let progress = planned.task.clampedProgress
        let remaining = Int((Double(planned.workingDays) * (100 - progress) / 100).rounded(.up))
        let earliestDay = earliest.map(calendar.day)
        let work: Day
        if planned.start > asOf {
          work = max(planned.start, earliestDay ?? planned.start)
          start = work
        } else {
          work = max(resume, earliestDay ?? resume)
          let pushed = earliestDay.map { $0 > resume } ?? false
          start = progress > 0 && !pushed ? planned.start : work
        }
        end = calendar.end(start: work, workingDays: remaining)
        nodes[i] = CriticalPath.Node(
          start: calendar.number(work), end: calendar.finishNumber(end) + 1, fixed: false)
      }
      dates[i] = Dates(
        start: start, end: end, slip: calendar.slip(from: planned.end, to: end))
    }
    let slack = CriticalPath.slack(nodes, graph: graph)
    for i in dates.indices { dates[i].slack = slack[i] }
    let chain = CriticalPath.drivingChain(
      nodes, slack: slack, graph: graph, ids: plan.map(\.task.id))
    return Result(dates: dates, drivingChain: chain)
  }
}

/// The forecast beside the plan: when each task will really start and end, given its progress
/// at the as-of date and its dependencies' forecasts. The plan (dates, slack, critical path)
/// stays as it is.
///
/// - A done task (status `done` or progress 100) is forecast as planned.
/// - remaining = ⌈planned working days × (100 − progress) / 100⌉.
/// - earliest = the working day after the latest forecast end of its dependencies.
/// - A task planned to start after as-of starts on the later of its planned start and earliest.
/// - A task planned to start on or before as-of resumes on the later of the first working day
///   after as-of and earliest. Its forecast start stays the planned start when it has progress
///   and no dependency pushes it past as-of, else it is the resume day.
/// - Forecast end = the remaining-th working day, counting the (re)start day as day 1.
/// - A milestone falls on the latest forecast end of its dependencies, or on its own date if
///   that is later.
/// - Slip = working days from the planned end to the forecast end (negative when ahead).
enum Forecast {
  /// One task's forecast.
  struct Dates: Sendable {
    let start: Day
    let end: Day
    let slip: Int
  }

  /// The forecast of every task of `plan` (inventory order), in dependency order.
  static func dates(plan: [PlannedTask], graph: TaskGraph, asOf: Day) -> [Dates] {
    var forecast = plan.map { Dates(start: $0.start, end: $0.end, slip: 0) }
    let resume = WorkCalendar.after(asOf)
    for i in graph.order {
      let planned = plan[i]
      let latest = graph.dependencies[i].map { forecast[$0].end }.max()
      let (start, end): (Day, Day)
      if planned.task.milestone {
        let date = max(planned.end, latest ?? planned.end)
        (start, end) = (date, date)
      } else if planned.task.isFinished {
        (start, end) = (planned.start, planned.end)
      } else {
        let earliest = latest.map(WorkCalendar.after)
        let progress = planned.task.clampedProgress
        let remaining = Int((Double(planned.workingDays) * (100 - progress) / 100).rounded(.up))
        let work: Day
        if planned.start > asOf {
          work = max(planned.start, earliest ?? planned.start)
          start = work
        } else {
          work = max(resume, earliest ?? resume)
          let pushed = earliest.map { $0 > resume } ?? false
          start = progress > 0 && !pushed ? planned.start : work
        }
        end = WorkCalendar.end(start: work, workingDays: remaining)
      }
      forecast[i] = Dates(start: start, end: end, slip: slip(from: planned.end, to: end))
    }
    return forecast
  }

  /// Working days from `planned` to `forecast`: positive when the forecast is later.
  static func slip(from planned: Day, to forecast: Day) -> Int {
    WorkCalendar.finishNumber(forecast) - WorkCalendar.finishNumber(planned)
  }
}

/// A task placed on the calendar by the validator: dates, working days and slack, before any
/// as-of date is known.
struct PlannedTask: Sendable {
  let task: PlanTask
  let start: Day
  /// Inclusive; equal to `start` for a milestone.
  let end: Day
  /// Working days the task takes (0 for a milestone).
  let workingDays: Int
  /// The boundary where it ends (`WorkingCalendar`): after its last working day, or where a
  /// milestone sits.
  let endBoundary: Int
  /// A milestone with its own date (`end` or `start`), which marks the start of that day.
  let dated: Bool
  /// The latest date of the programme milestones it depends on, as a boundary.
  let milestoneBound: Int?
  /// Working days the task can slip without moving the latest planned end.
  var slack = 0

  /// The task at `asOf` with its forecast: late when it is planned to end after its phase
  /// end, is unfinished past its end, or is forecast to end after its phase end.
  func scheduled(windows: [PhaseID: PhaseWindow], asOf: Day, forecast: Forecast.Dates)
    -> ScheduledTask
  {
    let lateReason = lateness(window: windows[task.phase], asOf: asOf, forecastEnd: forecast.end)
    var scheduled = ScheduledTask(
      task: task, start: start, end: end, workingDays: workingDays, slack: slack,
      critical: slack == 0, late: lateReason != nil, lateReason: lateReason,
      forecastStart: forecast.start, forecastEnd: forecast.end, slip: forecast.slip)
    scheduled.forecastSlack = forecast.slack
    return scheduled
  }

  /// Why the task is late, or nil when it is not.
  private func lateness(window: PhaseWindow?, asOf: Day, forecastEnd: Day) -> Message? {
    var phase: MessageArgument { .word(WordMessages.phase(task.phase)) }
    if let window, end > window.end {
      return Message(
        ScheduleMessages.endsAfterPhase,
        ["end": .day(end), "phase": phase, "phaseEnd": .day(window.end)])
    }
    if asOf > end && !task.isFinished {
      return Message(
        ScheduleMessages.unfinished, ["percent": .percent(task.progress), "end": .day(end)])
    }
    if let window, forecastEnd > window.end {
      return Message(
        ScheduleMessages.forecastAfterPhase,
        ["forecastEnd": .day(forecastEnd), "phase": phase, "phaseEnd": .day(window.end)])
    }
    return nil
  }
}

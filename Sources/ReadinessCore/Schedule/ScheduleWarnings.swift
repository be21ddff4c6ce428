/// The diagnostics placing a task on the working calendar can give, at the value concerned.
enum ScheduleWarnings {
  /// A given start on a day off, moved to the next working day.
  static func movedStart(_ task: PlanTask, _ given: Day, to moved: Day) -> Diagnostic {
    Diagnostic(
      .warning, code: .startOnNonWorkingDay,
      "task '\(task.id)' starts on \(given.iso), which is not a working day; it starts on \(moved.iso)",
      at: task.location(of: \.start) ?? task.location,
      hint: "give \(moved.iso) as its start, or change programme.calendar")
  }

  /// A given start before the task's phase window, kept.
  static func beforePhase(_ task: PlanTask, _ given: Day, _ window: Day) -> Diagnostic {
    Diagnostic(
      .warning, code: .taskBeforePhase,
      "task '\(task.id)' starts on \(given.iso), before the \(task.phase.rawValue) phase starts on \(window.iso)",
      at: task.location(of: \.start) ?? task.location,
      hint:
        "the start is kept; move it to \(window.iso) or later, or put the task in an earlier phase")
  }

  /// A dated milestone its dependencies push past its date.
  static func pushedMilestone(_ task: PlanTask, _ date: Day, to placed: Day) -> Diagnostic {
    Diagnostic(
      .warning, code: .milestonePushed,
      "milestone '\(task.id)' is dated \(date.iso), but its dependencies end on \(placed.iso); it falls there",
      at: task.location(of: \.end) ?? task.location(of: \.start) ?? task.location,
      hint: "move its date to \(placed.iso) or later, or shorten the work before it")
  }

  static func endBeforeStart(_ task: PlanTask, _ given: Day, start: Day) -> Diagnostic {
    Diagnostic(
      .error, code: .endBeforeStart,
      "task '\(task.id)' ends on \(given.iso), before it can start on \(start.iso)",
      at: task.location(of: \.end) ?? task.location,
      hint: "move its end to \(start.iso) or later, or give a duration")
  }

  /// A given end on a day off: which working day would be its last.
  static func endOnDayOff(_ task: PlanTask, _ given: Day, calendar: WorkingCalendar)
    -> Diagnostic
  {
    let last = calendar.day(calendar.finishNumber(given))
    let why =
      calendar.holiday(on: given).map { "a holiday (\($0.name ?? "unnamed"))" }
      ?? "not a working day"
    return Diagnostic(
      .error, code: .endOnNonWorkingDay,
      "task '\(task.id)' ends on \(given.iso), which is \(why)",
      at: task.location(of: \.end) ?? task.location,
      hint: "its last working day would be \(last.iso); give that as its end, or a duration")
  }
}

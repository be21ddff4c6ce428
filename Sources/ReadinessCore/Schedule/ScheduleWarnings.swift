/// The diagnostics placing a task on the working calendar can give, at the value concerned.
enum ScheduleWarnings {
  private typealias M = ScheduleProblemMessages

  /// A given start on a day off, moved to the next working day.
  static func movedStart(_ task: PlanTask, _ given: Day, to moved: Day) -> Diagnostic {
    Diagnostic(
      .warning, code: .startOnNonWorkingDay,
      Message(M.movedStart, ["task": .text(task.id), "given": .day(given), "moved": .day(moved)]),
      at: task.location(of: \.start) ?? task.location,
      hint: Message(M.movedStartHint, ["moved": .day(moved)]))
  }

  /// A given start before the task's phase window, kept.
  static func beforePhase(_ task: PlanTask, _ given: Day, _ window: Day) -> Diagnostic {
    Diagnostic(
      .warning, code: .taskBeforePhase,
      Message(
        M.beforePhase,
        [
          "task": .text(task.id), "given": .day(given), "phase": .text(task.phase.rawValue),
          "window": .day(window),
        ]),
      at: task.location(of: \.start) ?? task.location,
      hint: Message(M.beforePhaseHint, ["window": .day(window)]))
  }

  /// A dated milestone its dependencies push past its date.
  static func pushedMilestone(_ task: PlanTask, _ date: Day, to placed: Day) -> Diagnostic {
    Diagnostic(
      .warning, code: .milestonePushed,
      Message(
        M.pushedMilestone, ["task": .text(task.id), "date": .day(date), "placed": .day(placed)]),
      at: task.location(of: \.end) ?? task.location(of: \.start) ?? task.location,
      hint: Message(M.pushedMilestoneHint, ["placed": .day(placed)]))
  }

  static func endBeforeStart(_ task: PlanTask, _ given: Day, start: Day) -> Diagnostic {
    Diagnostic(
      .error, code: .endBeforeStart,
      Message(
        M.endBeforeStart, ["task": .text(task.id), "given": .day(given), "start": .day(start)]),
      at: task.location(of: \.end) ?? task.location,
      hint: Message(M.endBeforeStartHint, ["start": .day(start)]))
  }

  /// A given end on a day off: which working day would be its last.
  static func endOnDayOff(_ task: PlanTask, _ given: Day, calendar: WorkingCalendar)
    -> Diagnostic
  {
    let last = calendar.day(calendar.finishNumber(given))
    var named: MessageArguments = ["task": .text(task.id), "given": .day(given)]
    let holiday = calendar.holiday(on: given)
    named["holiday"] = holiday.map { $0.name.map(MessageArgument.text) ?? .word(M.unnamedHoliday) }
    return Diagnostic(
      .error, code: .endOnNonWorkingDay,
      Message(holiday == nil ? M.endOnDayOff : M.endOnHoliday, named),
      at: task.location(of: \.end) ?? task.location,
      hint: Message(M.endOnDayOffHint, ["last": .day(last)]))
  }
}

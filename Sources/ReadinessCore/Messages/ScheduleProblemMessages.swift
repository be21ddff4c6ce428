/// What scheduling finds wrong with the plan's dates (`ScheduleWarnings`, `Scheduler`,
/// `ProgrammeCalendar`): starts and ends on days off, before their phase or their
/// dependencies, beyond the calendar.
enum ScheduleProblemMessages {
  static let phaseBackwards = MessageKey(
    "diagnostic.phaseEndsBeforeStart", "phase {phase} ends on {end}, before it starts on {start}")
  static let phaseBackwardsHint = MessageKey(
    "diagnostic.phaseEndsBeforeStart.hint",
    "give programme.phases.{phase} an end on or after {start}")
  static let noWorkingDays = MessageKey(
    "diagnostic.calendarWithoutWorkingDays", "programme.calendar has no working day")
  static let noWorkingDaysHint = MessageKey(
    "diagnostic.calendarWithoutWorkingDays.hint",
    "list at least one day in working_days, e.g. [mon, tue, wed, thu, fri]")
  static let movedStart = MessageKey(
    "diagnostic.startOnNonWorkingDay",
    "task '{task}' starts on {given}, which is not a working day; it starts on {moved}")
  static let movedStartHint = MessageKey(
    "diagnostic.startOnNonWorkingDay.hint",
    "give {moved} as its start, or change programme.calendar")
  static let beforePhase = MessageKey(
    "diagnostic.taskBeforePhase",
    "task '{task}' starts on {given}, before the {phase} phase starts on {window}")
  static let beforePhaseHint = MessageKey(
    "diagnostic.taskBeforePhase.hint",
    "the start is kept; move it to {window} or later, or put the task in an earlier phase")
  static let pushedMilestone = MessageKey(
    "diagnostic.milestonePushed",
    "milestone '{task}' is dated {date}, but its dependencies end on {placed}; it falls there")
  static let pushedMilestoneHint = MessageKey(
    "diagnostic.milestonePushed.hint",
    "move its date to {placed} or later, or shorten the work before it")
  static let endBeforeStart = MessageKey(
    "diagnostic.endBeforeStart", "task '{task}' ends on {given}, before it can start on {start}")
  static let endBeforeStartHint = MessageKey(
    "diagnostic.endBeforeStart.hint", "move its end to {start} or later, or give a duration")
  static let endOnHoliday = MessageKey(
    "diagnostic.endOnNonWorkingDay.holiday",
    "task '{task}' ends on {given}, which is a holiday ({holiday})")
  static let unnamedHoliday = MessageKey("diagnostic.endOnNonWorkingDay.unnamed", "unnamed")
  static let endOnDayOff = MessageKey(
    "diagnostic.endOnNonWorkingDay", "task '{task}' ends on {given}, which is not a working day")
  static let endOnDayOffHint = MessageKey(
    "diagnostic.endOnNonWorkingDay.hint",
    "its last working day would be {last}; give that as its end, or a duration")
  static let beyondCalendar = MessageKey(
    "diagnostic.beyondCalendar",
    "task '{task}' would end on {end}, after the last supported date {latest}")
  static let beyondCalendarHint = MessageKey(
    "diagnostic.beyondCalendar.hint", "shorten it or its dependencies; plans must end {range}")
  static let startBeforeDependencies = MessageKey(
    "diagnostic.startBeforeDependencies",
    "task '{task}' starts on {given}, before its dependencies allow")
  static let fallsBeforeDependencies = MessageKey(
    "diagnostic.startBeforeDependencies.milestone",
    "task '{task}' falls on {given}, before its dependencies allow")
  static let earliestAfterTask = MessageKey(
    "diagnostic.startBeforeDependencies.hint",
    "the earliest allowed date is {allowed}, after '{dependency}' ends")
  static let earliestAfterMilestones = MessageKey(
    "diagnostic.startBeforeDependencies.milestonesHint",
    "the earliest allowed date is {allowed}, after its milestones")

  static let all: [MessageKey] = [
    phaseBackwards, phaseBackwardsHint, noWorkingDays, noWorkingDaysHint, movedStart,
    movedStartHint, beforePhase, beforePhaseHint, pushedMilestone, pushedMilestoneHint,
    endBeforeStart, endBeforeStartHint, endOnHoliday, unnamedHoliday, endOnDayOff, endOnDayOffHint,
    beyondCalendar, beyondCalendarHint, startBeforeDependencies, fallsBeforeDependencies,
    earliestAfterTask, earliestAfterMilestones,
  ]
}

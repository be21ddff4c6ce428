/// The scheduled plan: tasks with dates, slack and critical path, and milestones.
public struct Schedule: Sendable {
  /// Tasks in inventory order, with computed dates.
  public var tasks: [ScheduledTask]
  /// Programme milestones (defaults and the inventory's), by date.
  public var milestones: [MilestoneDate]
  /// Earliest task start or phase start.
  public var start: Day
  /// Latest task end or phase end.
  public var end: Day
  /// The latest planned and forecast task ends (nil without tasks): when the plan said the
  /// work would finish, and when it now looks like finishing.
  public var plannedFinish: Day? { tasks.map(\.end).max() }
  public var forecastFinish: Day? { tasks.map(\.forecastEnd).max() }
  /// Working days from the planned finish to the forecast finish (negative when ahead).
  public var finishSlip: Int? {
    guard let planned = plannedFinish, let forecast = forecastFinish else { return nil }
    return Forecast.slip(from: planned, to: forecast)
  }
  public init(tasks: [ScheduledTask], milestones: [MilestoneDate], start: Day, end: Day) {
    self.tasks = tasks
    self.milestones = milestones
    self.start = start
    self.end = end
  }
}

/// A task placed on the calendar.
public struct ScheduledTask: Sendable {
  public var task: PlanTask
  public var start: Day
  /// Inclusive; equal to `start` for a milestone.
  public var end: Day
  /// Working days the task takes (0 for a milestone).
  public var workingDays: Int
  /// Working days the task can slip without moving the latest task end.
  public var slack: Int
  public var critical: Bool
  public var late: Bool
  /// Why it is late ("ends 2026-07-03, after implementation ends 2026-06-30").
  public var lateReason: String?
  /// When the task is forecast to start and end at as-of, given its progress and its
  /// dependencies' forecasts; `start` and `end` stay the plan.
  public var forecastStart: Day
  public var forecastEnd: Day
  /// Working days from the planned end to the forecast end (negative when ahead).
  public var slip: Int
  public init(
    task: PlanTask, start: Day, end: Day, workingDays: Int, slack: Int, critical: Bool,
    late: Bool, lateReason: String?, forecastStart: Day? = nil, forecastEnd: Day? = nil,
    slip: Int = 0
  ) {
    self.forecastStart = forecastStart ?? start
    self.forecastEnd = forecastEnd ?? end
    self.slip = slip
    self.task = task
    self.start = start
    self.end = end
    self.workingDays = workingDays
    self.slack = slack
    self.critical = critical
    self.late = late
    self.lateReason = lateReason
  }
}

/// A programme milestone on the calendar.
public struct MilestoneDate: Sendable {
  public var id: String
  public var title: String
  public var date: Day
  /// True when the date is the default, not the inventory's.
  public var isDefault: Bool
  public init(id: String, title: String, date: Day, isDefault: Bool) {
    self.id = id
    self.title = title
    self.date = date
    self.isDefault = isDefault
  }
}

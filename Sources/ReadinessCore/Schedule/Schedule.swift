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
  /// The working week and holidays every working-day figure was counted with.
  public var calendar: WorkingCalendar
  /// The forecast critical path that ends at the forecast finish, first to last (indices in
  /// `tasks`).
  public var drivingChain: [Int]
  /// When the plan said the work would finish and when it now looks like finishing (nil
  /// without tasks): the latest end of the tasks and the milestones their work places; a
  /// milestone with its own date that nothing pushes is a fixed point and sets neither.
  public var plannedFinish: Day? { latestFinish(\.end) }
  public var forecastFinish: Day? { latestFinish(\.forecastEnd) }
  /// Working days from the planned finish to the forecast finish (negative when ahead).
  public var finishSlip: Int? {
    guard let planned = plannedFinish, let forecast = forecastFinish else { return nil }
    return calendar.slip(from: planned, to: forecast)
  }
  /// The calendar's holidays from the schedule's start to its end: those any figure can meet
  /// (a yearly holiday calendar lists decades more).
  public var holidaysInSpan: [Holiday] {
    calendar.holidays.filter { (start...max(start, end)).contains($0.day) }
  }

  /// The latest `end` of the tasks that make the finish: all but dated milestones, unless every
  /// task is one. Read in place: the reports ask for the finish often, and a plan holds
  /// thousands of tasks.
  private func latestFinish(_ end: KeyPath<ScheduledTask, Day>) -> Day? {
    var placed: Day?
    var any: Day?
    for i in tasks.indices {
      let day = tasks[i][keyPath: end]
      any = max(any ?? day, day)
      if !(tasks[i].task.milestone && tasks[i].task.hasOwnDate) { placed = max(placed ?? day, day) }
    }
    return placed ?? any
  }
  public init(
    tasks: [ScheduledTask], milestones: [MilestoneDate], start: Day, end: Day,
    calendar: WorkingCalendar = .standard, drivingChain: [Int] = []
  ) {
    self.calendar = calendar
    self.drivingChain = drivingChain
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
  /// The plan's slack: working days the task can slip without moving the latest planned end.
  public var slack: Int
  /// On the plan's critical path (slack 0).
  public var critical: Bool
  /// Slack on the current schedule (the forecast); nil for a done task or a milestone nothing
  /// pushes, which are fixed points.
  public var forecastSlack: Int? = nil
  /// On the current schedule's critical path: what the report, briefing and Gantt show.
  public var forecastCritical: Bool { forecastSlack == 0 }
  public var late: Bool
  /// Why it is late ("ends 2026-07-03, after implementation ends 2026-06-30"), in English.
  public var lateReason: String?
  /// The same reason as a message, for other languages.
  public var lateReasonMessage: Message?
  /// When the task is forecast to start and end at as-of, given its progress and its
  /// dependencies' forecasts; `start` and `end` stay the plan.
  public var forecastStart: Day
  public var forecastEnd: Day
  /// Working days from the planned end to the forecast end (negative when ahead).
  public var slip: Int
  public init(
    task: PlanTask, start: Day, end: Day, workingDays: Int, slack: Int, critical: Bool,
    late: Bool, lateReason: Message?, forecastStart: Day? = nil, forecastEnd: Day? = nil,
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
    self.lateReason = lateReason?.english
    lateReasonMessage = lateReason
  }
}

/// A programme milestone on the calendar.
public struct MilestoneDate: Sendable {
  public var id: String
  /// The title in English.
  public var title: String
  /// The same title as a message: Meta's milestones are translated, the inventory's are not.
  public var titleMessage: Message
  public var date: Day
  /// True when the date is the default, not the inventory's.
  public var isDefault: Bool
  public init(id: String, title: String, date: Day, isDefault: Bool) {
    self.init(id: id, title: .verbatim(title), date: date, isDefault: isDefault)
  }

  public init(id: String, title: Message, date: Day, isDefault: Bool) {
    self.id = id
    self.title = title.english
    titleMessage = title
    self.date = date
    self.isDefault = isDefault
  }
}

/// The current schedule against a saved baseline: each task's baseline dates, how far the
/// forecast finish is behind the baseline's finish, and the tasks re-planned since. Slip and
/// lateness stay measured against the current plan (`Schedule`); this is shown beside them.
public struct BaselineComparison: Sendable, Equatable {
  public var name: String
  public var savedOn: Day
  /// The finish the baseline planned, the current plan's and the forecast's; nil without tasks.
  public var baselineFinish: Day?
  public var plannedFinish: Day?
  public var forecastFinish: Day?
  /// Working days from the baseline's finish to the forecast finish on the schedule's
  /// calendar (negative when ahead); nil when either finish is missing.
  public var behind: Int?
  /// The baseline's dates of each task of the schedule, by id; a task added since has none.
  public var taskDates: [String: Dates]
  /// Tasks whose planned start or end differs from the baseline's, added or removed since, in
  /// the schedule's order, then the removed ones in the baseline's.
  public var replanned: [Replan]

  /// A task's start and end (inclusive).
  public struct Dates: Sendable, Equatable {
    public var start: Day
    public var end: Day
    public init(start: Day, end: Day) {
      self.start = start
      self.end = end
    }
  }

  /// One re-planned task: its dates in the baseline and in the plan; one of them is nil for a
  /// task added (no baseline dates) or removed (no plan dates) since.
  public struct Replan: Sendable, Equatable {
    public var id: String
    public var title: String
    public var baseline: Dates?
    public var plan: Dates?
    public init(id: String, title: String, baseline: Dates?, plan: Dates?) {
      self.id = id
      self.title = title
      self.baseline = baseline
      self.plan = plan
    }
  }

  public init(schedule: Schedule, baseline: Baseline) {
    name = baseline.name
    savedOn = baseline.savedOn
    baselineFinish = baseline.finish
    plannedFinish = schedule.plannedFinish
    forecastFinish = schedule.forecastFinish
    if let from = baseline.finish, let to = schedule.forecastFinish {
      behind = schedule.calendar.slip(from: from, to: to)
    }
    let current = Set(schedule.tasks.map(\.task.id))
    taskDates = Dictionary(
      baseline.tasks.filter { current.contains($0.id) }.map {
        ($0.id, Dates(start: $0.start, end: $0.end))
      }, uniquingKeysWith: { first, _ in first })
    replanned = []
    for scheduled in schedule.tasks {
      let before = taskDates[scheduled.task.id]
      let plan = Dates(start: scheduled.start, end: scheduled.end)
      if before != plan {
        replanned.append(
          Replan(id: scheduled.task.id, title: scheduled.task.title, baseline: before, plan: plan))
      }
    }
    for task in baseline.tasks where !current.contains(task.id) {
      replanned.append(
        Replan(
          id: task.id, title: task.title, baseline: Dates(start: task.start, end: task.end),
          plan: nil))
    }
  }
}

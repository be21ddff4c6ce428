/// A saved copy of a programme's plan (`bsuid-readiness baseline`): the dates a later report
/// measures its forecast and any re-planning against. Plain values; the history keeps them.
public struct Baseline: Sendable, Equatable {
  /// An id (`InputLimits.isID`), unique per programme.
  public var name: String
  /// The as-of day it was saved at.
  public var savedOn: Day
  /// The plan's tasks, milestones included, in inventory order.
  public var tasks: [Task]
  /// The programme's planned finish when it was saved (`Schedule.plannedFinish`); nil when the
  /// plan had no tasks.
  public var finish: Day?

  /// One task's planned dates as saved; a milestone's start and end are its date.
  public struct Task: Sendable, Equatable {
    public var id: String
    public var title: String
    public var start: Day
    public var end: Day
    public var milestone: Bool
    public init(id: String, title: String, start: Day, end: Day, milestone: Bool) {
      self.id = id
      self.title = title
      self.start = start
      self.end = end
      self.milestone = milestone
    }
  }

  public init(name: String, savedOn: Day, tasks: [Task], finish: Day?) {
    self.name = name
    self.savedOn = savedOn
    self.tasks = tasks
    self.finish = finish
  }

  /// The plan of `schedule` saved as `name` on `savedOn`.
  public init(name: String, savedOn: Day, schedule: Schedule) {
    self.init(
      name: name, savedOn: savedOn,
      tasks: schedule.tasks.map {
        Task(
          id: $0.task.id, title: $0.task.title, start: $0.start, end: $0.end,
          milestone: $0.task.milestone)
      },
      finish: schedule.plannedFinish)
  }
}

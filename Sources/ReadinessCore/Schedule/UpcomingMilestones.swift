/// Programme milestones and milestone tasks dated in a window after as-of, by date then title.
public struct UpcomingMilestones: Sendable {
  /// Days after as-of the briefing looks ahead (the actions look 14: `Actions`).
  public static let lookAheadDays = 30

  /// First and last day of the window, both included.
  public var from: Day
  public var to: Day
  public var entries: [Entry]

  /// A milestone or milestone task due in the window.
  public struct Entry: Sendable, Equatable {
    public var date: Day
    public var title: String
    /// The same title as a message (Meta's milestones are translated).
    public var titleMessage: Message
    /// A programme milestone at its default date, not the inventory's.
    public var isDefaultDate: Bool
    /// A milestone task forecast to end off its planned date: that forecast.
    public var forecast: Day?
  }

  /// The entries of `schedule` dated from `from` to `days` after it.
  public init(_ schedule: Schedule, from: Day, days: Int) {
    let to = from.adding(days: days)
    let window = from...to
    var entries = schedule.milestones.filter { window.contains($0.date) }.map {
      Entry(
        date: $0.date, title: $0.title, titleMessage: $0.titleMessage, isDefaultDate: $0.isDefault,
        forecast: nil)
    }
    for t in schedule.tasks where t.task.milestone && window.contains(t.end) {
      entries.append(
        Entry(
          date: t.end, title: t.task.title, titleMessage: .verbatim(t.task.title),
          isDefaultDate: false,
          forecast: t.forecastEnd != t.end ? t.forecastEnd : nil))
    }
    self.from = from
    self.to = to
    self.entries = entries.sorted { ($0.date, $0.title) < ($1.date, $1.title) }
  }
}

extension Assessment {
  /// The milestones in the `lookAheadDays` after as-of.
  public var upcomingMilestones: UpcomingMilestones {
    UpcomingMilestones(schedule, from: asOf, days: UpcomingMilestones.lookAheadDays)
  }
}

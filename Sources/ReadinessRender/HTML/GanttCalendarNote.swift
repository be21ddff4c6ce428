import ReadinessCore

/// The sentence under the chart that names the working calendar: the working week and the
/// holidays inside the chart's span, so a shaded day is never a puzzle.
enum GanttCalendarNote {
  typealias M = GanttNoteMessages

  /// Holidays named before the rest are only counted.
  static let namedHolidays = 6

  static func message(_ axis: GanttAxis) -> Message {
    let calendar = axis.calendar
    let week = MessageArgument.message(self.week(calendar.workingDays))
    let inSpan = calendar.holidays.filter { (axis.first...axis.last).contains($0.day) }
    if inSpan.isEmpty { return Message(M.calendar, ["week": week]) }
    let named = inSpan.prefix(namedHolidays).map { holiday in
      holiday.name.map {
        MessageArgument.message(
          Message(M.holiday, ["date": .day(holiday.day), "name": .text(HTMLText.clean($0))]))
      } ?? .day(holiday.day)
    }
    let holidays = MessageArgument.list(Array(named), .comma)
    let rest = inSpan.count - named.count
    guard rest > 0 else { return Message(M.holidays, ["week": week, "holidays": holidays]) }
    return Message(M.moreHolidays, ["week": week, "holidays": holidays, "count": .count(rest)])
  }

  /// `Monday to Friday`, `Sunday to Thursday` (one run of three or more days, round the end of
  /// the week too), else the days listed.
  static func week(_ days: [Weekday]) -> Message {
    let working = Set(days.map(\.index))
    let starts = (0..<7).filter { working.contains($0) && !working.contains(($0 + 6) % 7) }
    guard days.count >= 3, days.count < 7, starts.count == 1 else {
      return days.count == 7
        ? Message(M.everyDay)
        : Message(.items, ["items": .list(days.map { .figure(.weekday($0)) }, .comma)])
    }
    let first = starts[0]
    let last = (first + days.count - 1) % 7
    return Message(
      M.week,
      [
        "first": .figure(.weekday(Weekday.allCases[first])),
        "last": .figure(.weekday(Weekday.allCases[last])),
      ])
  }
}

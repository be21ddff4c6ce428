import ReadinessCore

/// The sentence under the chart that names the working calendar: the working week and the
/// holidays inside the chart's span, so a shaded day is never a puzzle.
enum GanttCalendarNote {
  /// Holidays named before the rest are only counted.
  static let namedHolidays = 6

  static func text(_ axis: GanttAxis) -> String {
    let calendar = axis.calendar
    var text = "Working days: \(week(calendar.workingDays))"
    let inSpan = calendar.holidays.filter { (axis.first...axis.last).contains($0.day) }
    if inSpan.isEmpty { return text + "." }
    let named = inSpan.prefix(namedHolidays).map { holiday in
      holiday.day.iso + (holiday.name.map { " " + HTMLText.clean($0) } ?? "")
    }
    let rest = inSpan.count - named.count
    text += "; holidays (shaded amber): " + named.joined(separator: ", ")
    return text + (rest > 0 ? " and \(rest) more." : ".")
  }

  /// `Monday to Friday`, `Sunday to Thursday` (one run of three or more days, round the end of
  /// the week too), else the days listed.
  static func week(_ days: [Weekday]) -> String {
    let working = Set(days.map(\.index))
    let starts = (0..<7).filter { working.contains($0) && !working.contains(($0 + 6) % 7) }
    guard days.count >= 3, days.count < 7, starts.count == 1 else {
      return days.count == 7 ? "every day" : days.map(\.name).joined(separator: ", ")
    }
    let first = starts[0]
    let last = (first + days.count - 1) % 7
    return "\(Weekday.allCases[first].name) to \(Weekday.allCases[last].name)"
  }
}

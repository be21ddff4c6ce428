/// Working-day arithmetic (Monday–Friday) in constant time.
///
/// Every day maps to a working-day number: Monday 1970-01-05 is 0, each later working day adds 1,
/// and a Saturday or Sunday takes the number of the Monday after it.
enum WorkCalendar {
  /// Ordinal of Monday 1970-01-05, the origin of working-day numbers.
  private static let originMonday = 4

  /// The working-day number of `day` (of the next working day when `day` is a weekend day).
  static func number(_ day: Day) -> Int {
    let offset = day.ordinal - originMonday
    let week = offset >= 0 ? offset / 7 : (offset - 6) / 7
    let weekday = offset - week * 7  // 0 = Monday … 6 = Sunday
    return week * 5 + min(weekday, 5)
  }

  /// The working day with working-day number `number`.
  static func day(_ number: Int) -> Day {
    let week = number >= 0 ? number / 5 : (number - 4) / 5
    return Day(ordinal: originMonday + week * 7 + (number - week * 5))
  }

  /// `day` itself when it is a working day, else the Monday after.
  static func onOrAfter(_ day: Day) -> Day { self.day(number(day)) }

  /// The first working day strictly after `day` (the start of a finish-to-start successor).
  static func after(_ day: Day) -> Day { self.day(number(day.adding(days: 1))) }

  /// The number of the last working day on or before `day`.
  static func finishNumber(_ day: Day) -> Int { number(day.adding(days: 1)) - 1 }

  /// The inclusive end of work that starts on working day `start` and takes `days` working days.
  static func end(start: Day, workingDays days: Int) -> Day {
    day(number(start) + max(days, 1) - 1)
  }

  /// Working days from `start` through `end`, both inclusive (0 when `end` is before `start`).
  static func workingDays(from start: Day, through end: Day) -> Int {
    max(0, number(end.adding(days: 1)) - number(start))
  }
}

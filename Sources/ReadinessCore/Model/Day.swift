/// A calendar date without time or zone (ISO 8601 `YYYY-MM-DD`), the unit of every plan.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Days since 1970-01-01 (negative before).
  public let ordinal: Int

  /// Creates the day `ordinal` days after 1970-01-01.
  public init(ordinal: Int) { self.ordinal = ordinal }

  /// Creates a day from its parts; nil when the date does not exist (2026-02-30).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...Day.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    // Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    ordinal = era * 146097 + doe - 719468
  }

  /// Parses exactly `YYYY-MM-DD`; nil for anything else or an impossible date.
  public init?(iso text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
      let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
    else { return nil }
    self.init(year: y, month: m, day: d)
  }

  /// Year, month and day of month.
  public var components: (year: Int, month: Int, day: Int) {
    let z = ordinal + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }

  /// The ISO 8601 text, `YYYY-MM-DD`. Written digit by digit, as the renderers ask for it
  /// hundreds of thousands of times; a year outside 0–9999 (reached only by date arithmetic)
  /// is written as a number padded to four characters.
  public var iso: String {
    let c = components
    guard (0...9999).contains(c.year) else {
      let year = String(c.year)
      return String(repeating: "0", count: max(0, 4 - year.count)) + year
        + String(unsafeUninitializedCapacity: 6) { Self.writeMonthAndDay(c, into: $0, at: 0) }
    }
    return String(unsafeUninitializedCapacity: 10) { bytes in
      Self.write(c.year, digits: 4, into: bytes, endingAt: 4)
      return Self.writeMonthAndDay(c, into: bytes, at: 4)
    }
  }

  /// Writes `-MM-DD` at `start`; returns the index after it.
  private static func writeMonthAndDay(
    _ c: (year: Int, month: Int, day: Int), into bytes: UnsafeMutableBufferPointer<UInt8>,
    at start: Int
  ) -> Int {
    bytes[start] = UInt8(ascii: "-")
    write(c.month, digits: 2, into: bytes, endingAt: start + 3)
    bytes[start + 3] = UInt8(ascii: "-")
    write(c.day, digits: 2, into: bytes, endingAt: start + 6)
    return start + 6
  }

  /// Writes the last `digits` decimal digits of `value` (0 or more) just before `end`.
  private static func write(
    _ value: Int, digits: Int, into bytes: UnsafeMutableBufferPointer<UInt8>, endingAt end: Int
  ) {
    var rest = value
    for index in (end - digits..<end).reversed() {
      bytes[index] = UInt8(ascii: "0") + UInt8(rest % 10)
      rest /= 10
    }
  }

  public var description: String { iso }

  /// ISO weekday: 1 = Monday … 7 = Sunday.
  public var weekday: Int {
    let w = (ordinal + 3) % 7  // 1970-01-01 was a Thursday
    return (w < 0 ? w + 7 : w) + 1
  }

  /// Monday to Friday.
  public var isWorkingDay: Bool { weekday <= 5 }

  /// The day `count` calendar days later (earlier when negative).
  public func adding(days count: Int) -> Day { Day(ordinal: ordinal + count) }

  /// The first day of this day's month.
  public var firstOfMonth: Day { adding(days: 1 - components.day) }

  /// The first day of the next month; made from the ordinal, so it exists past year 9999 too.
  public var firstOfNextMonth: Day {
    let c = components
    return adding(days: Day.daysIn(month: c.month, year: c.year) - c.day + 1)
  }

  public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }
}

/// The programme's working week and holidays, and working-day arithmetic on them in O(log h)
/// for h holidays (no day-by-day walks).
///
/// Every day maps to a working-day number: the first working day on or after Monday 1970-01-05
/// is 0, each later working day adds 1, and a non-working day (a weekday off or a holiday) takes
/// the number of the next working day. Number b is also boundary b, the start of that working
/// day: work that starts on day s and takes r days occupies [number(s), number(s) + r).
public struct WorkingCalendar: Sendable, Equatable {
  /// Working weekdays in week order (at least one).
  public let workingDays: [Weekday]
  /// Holidays by date, one per day; those on a weekday off change no figure but are kept.
  public let holidays: [Holiday]
  /// Position of each weekday (0 = Monday) in the working week, or nil when it is off.
  private let slot: [Int?]
  /// Working days per week.
  private let perWeek: Int
  /// Numbers of the holidays on working weekdays, counted as if they were working days, sorted.
  private let skipped: [Int]
  /// `skipped[i] - i`: how many working days come before the i-th skipped holiday.
  private let before: [Int]

  /// Monday to Friday without holidays: the calendar when the inventory gives none.
  public static let standard = WorkingCalendar(
    checkedWorkingDays: [.mon, .tue, .wed, .thu, .fri], holidays: [])

  /// Nil when `workingDays` is empty. Repeated days and holidays are kept once (the first
  /// holiday of a day keeps its name).
  public init?(workingDays: [Weekday], holidays: [Holiday]) {
    guard !workingDays.isEmpty else { return nil }
    self.init(checkedWorkingDays: workingDays, holidays: holidays)
  }

  private init(checkedWorkingDays days: [Weekday], holidays: [Holiday]) {
    let week = Weekday.allCases.filter(days.contains)
    var slot = [Int?](repeating: nil, count: 7)
    for (i, day) in week.enumerated() { slot[day.index] = i }
    var unique: [Holiday] = []
    for holiday in holidays.enumerated().sorted(by: {
      ($0.element.day, $0.offset) < ($1.element.day, $1.offset)
    }).map(\.element) where unique.last?.day != holiday.day {
      unique.append(holiday)
    }
    self.workingDays = week
    self.holidays = unique
    self.slot = slot
    perWeek = week.count
    let skipped = unique.filter { slot[$0.day.weekdayIndex] != nil }.map {
      Self.patternNumber($0.day, slot: slot, perWeek: week.count)
    }
    self.skipped = skipped
    before = skipped.enumerated().map { $0.element - $0.offset }
  }

  /// True unless `day` is a weekday off or a holiday.
  public func isWorkingDay(_ day: Day) -> Bool {
    slot[day.weekdayIndex] != nil && holiday(on: day) == nil
  }

  /// The holiday on `day`, if any.
  public func holiday(on day: Day) -> Holiday? {
    let i = Self.firstIndex(in: holidays.lazy.map(\.day.ordinal), notBelow: day.ordinal)
    return i < holidays.count && holidays[i].day == day ? holidays[i] : nil
  }

  /// The working-day number of `day` (of the next working day when it is not one).
  public func number(_ day: Day) -> Int {
    let pattern = Self.patternNumber(day, slot: slot, perWeek: perWeek)
    return pattern - Self.firstIndex(in: skipped, notBelow: pattern)
  }

  /// The working day with working-day number `number`.
  public func day(_ number: Int) -> Day {
    let pattern = number + Self.firstIndex(in: before, above: number)
    let week = Self.floorDivide(pattern, perWeek)
    let position = pattern - week * perWeek
    let weekday = slot.firstIndex { $0 == position } ?? 0
    return Day(ordinal: Self.originMonday + week * 7 + weekday)
  }

  /// `day` itself when it is a working day, else the next working day.
  public func onOrAfter(_ day: Day) -> Day { self.day(number(day)) }

  /// The first working day strictly after `day` (the start of a finish-to-start successor).
  public func after(_ day: Day) -> Day { self.day(number(day.adding(days: 1))) }

  /// The last working day strictly before `day`.
  public func before(_ day: Day) -> Day { self.day(number(day) - 1) }

  /// The number of the last working day on or before `day`.
  public func finishNumber(_ day: Day) -> Int { number(day.adding(days: 1)) - 1 }

  /// The inclusive end of work that starts on the working day of `start` and takes `days`
  /// working days (at least one).
  public func end(start: Day, workingDays days: Int) -> Day {
    day(number(start) + max(days, 1) - 1)
  }

  /// Working days from `start` through `end`, both inclusive (0 when `end` is before `start`).
  public func workingDays(from start: Day, through end: Day) -> Int {
    max(0, number(end.adding(days: 1)) - number(start))
  }

  /// Working days from the last working day on or before `from` to that of `to`: positive when
  /// `to` is later (a slip).
  public func slip(from: Day, to: Day) -> Int { finishNumber(to) - finishNumber(from) }

  /// Ordinal of Monday 1970-01-05, the origin of working-day numbers.
  private static let originMonday = 4

  /// The number `day` would have if no day were a holiday.
  private static func patternNumber(_ day: Day, slot: [Int?], perWeek: Int) -> Int {
    let week = floorDivide(day.ordinal - originMonday, 7)
    let weekday = day.ordinal - originMonday - week * 7
    let earlier = (0..<weekday).count(where: { slot[$0] != nil })
    return week * perWeek + earlier
  }

  private static func floorDivide(_ a: Int, _ b: Int) -> Int {
    a >= 0 ? a / b : (a - b + 1) / b
  }

  /// The first position whose value is at least `value` (values sorted ascending).
  private static func firstIndex<C: RandomAccessCollection>(in values: C, notBelow value: Int)
    -> Int where C.Element == Int, C.Index == Int
  {
    var (low, high) = (values.startIndex, values.endIndex)
    while low < high {
      let mid = (low + high) / 2
      if values[mid] < value { low = mid + 1 } else { high = mid }
    }
    return low
  }

  /// The first position whose value is above `value` (values sorted ascending).
  private static func firstIndex(in values: [Int], above value: Int) -> Int {
    firstIndex(in: values, notBelow: value + 1)
  }
}

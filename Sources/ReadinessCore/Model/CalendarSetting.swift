/// A day of the week as an inventory names it (`mon` … `sun`), in week order.
public enum Weekday: String, CaseIterable, Sendable, Comparable {
  case mon, tue, wed, thu, fri, sat, sun

  /// 0 = Monday … 6 = Sunday.
  public var index: Int { Weekday.allCases.firstIndex(of: self) ?? 0 }

  /// The day's English name (`Monday`).
  public var name: String {
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][index]
  }

  public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.index < rhs.index }
}

extension Day {
  /// 0 = Monday … 6 = Sunday.
  public var weekdayIndex: Int { weekday - 1 }
}

/// A day nobody works on: a date in the inventory, or an all-day event of a holiday calendar.
public struct Holiday: Sendable, Equatable {
  public var day: Day
  public var name: String?
  /// Where it is written: the inventory's line, or the ICS file's event.
  public var location: SourceLocation?
  public init(day: Day, name: String? = nil, location: SourceLocation? = nil) {
    self.day = day
    self.name = name
    self.location = location
  }

  public static func == (lhs: Holiday, rhs: Holiday) -> Bool {
    lhs.day == rhs.day && lhs.name == rhs.name
  }
}

/// `programme.calendar` as given: the working week and the holidays, every ICS file already
/// read into holidays by the loader.
public struct CalendarSetting: Sendable {
  /// Nil = Monday to Friday.
  public var workingDays: [Weekday]?
  public var holidays: [Holiday]
  public var location: SourceLocation?
  public init(
    workingDays: [Weekday]? = nil, holidays: [Holiday] = [], location: SourceLocation? = nil
  ) {
    self.workingDays = workingDays
    self.holidays = holidays
    self.location = location
  }
}

import Testing

@testable import ReadinessCore

@Suite("Working calendar")
struct WorkingCalendarTests {
  /// Sunday to Thursday with three holidays, one of them on a Friday (a day off anyway).
  static let gulf = WorkingCalendar(
    workingDays: [.sun, .mon, .tue, .wed, .thu],
    holidays: [
      Holiday(day: day("2026-12-03"), name: "National Day"),
      Holiday(day: day("2026-12-04"), name: "on a Friday"),
      Holiday(day: day("2027-01-03"), name: "New Year (observed)"),
    ])!

  @Test("a calendar without a working day cannot be made")
  func noWorkingDay() {
    #expect(WorkingCalendar(workingDays: [], holidays: []) == nil)
  }

  @Test("Sunday–Thursday with holidays: ends, successors and counts skip days off")
  func gulfWeek() {
    let c = Self.gulf
    // Wednesday 2026-12-02 + 3 working days: Wed, (Thu 3rd holiday, Fri, Sat off) Sun, Mon.
    #expect(c.end(start: day("2026-12-02"), workingDays: 3) == day("2026-12-07"))
    #expect(c.after(day("2026-12-02")) == day("2026-12-06"))
    #expect(c.onOrAfter(day("2026-12-05")) == day("2026-12-06"))
    #expect(c.before(day("2026-12-06")) == day("2026-12-02"))
    #expect(!c.isWorkingDay(day("2026-12-03")) && c.isWorkingDay(day("2026-12-06")))
    #expect(c.holiday(on: day("2027-01-03"))?.name == "New Year (observed)")
    #expect(c.workingDays(from: day("2026-12-01"), through: day("2026-12-31")) == 22)
    #expect(c.slip(from: day("2026-12-02"), to: day("2026-12-07")) == 2)
  }

  @Test("every figure agrees with a day-by-day walk, over random weeks and holidays")
  func agreesWithWalk() {
    var random = SplitMix64(seed: 22)
    for _ in 0..<40 {
      let week = Weekday.allCases.filter { _ in random.next() % 3 != 0 }
      let days = week.isEmpty ? [Weekday.wed] : week
      let origin = day("2025-12-01")
      let holidays = (0..<Int(random.next() % 30)).map { _ in
        Holiday(day: origin.adding(days: Int(random.next() % 200)))
      }
      guard let c = WorkingCalendar(workingDays: days, holidays: holidays) else {
        Issue.record("calendar refused")
        return
      }
      func working(_ d: Day) -> Bool {
        days.contains { $0.index == d.weekdayIndex } && !holidays.contains { $0.day == d }
      }
      var expected = c.number(origin)
      for offset in 0..<220 {
        let d = origin.adding(days: offset)
        #expect(c.isWorkingDay(d) == working(d))
        #expect(c.number(d) == expected, "number of \(d.iso)")
        if working(d) {
          #expect(c.day(expected) == d, "day of number \(expected)")
          expected += 1
        }
      }
    }
  }

  @Test("Monday to Friday numbers stay those of the weekday-only arithmetic")
  func standardWeek() {
    let c = WorkingCalendar.standard
    // Monday 1970-01-05 is working day 0; Saturday takes the next Monday's number.
    #expect(c.number(day("1970-01-05")) == 0)
    #expect(c.number(day("1970-01-10")) == 5 && c.number(day("1970-01-12")) == 5)
    #expect(c.day(-1) == day("1970-01-02"))
  }
}

import Foundation
import ReadinessCore
import ReadinessInput
import Testing

@Suite("programme.calendar: the working week and dated holidays, in YAML and JSON")
struct CalendarLoadingTests {
  @Test("working days in any case and holidays as dates and {date, name}, where each is written")
  func yaml() throws {
    let result = loadCalendar(
      """
      working_days: [sun, Mon, TUE, wed, thu, thu]
      holidays:
        - 2026-12-24
        - {date: 2027-01-01, name: New Year}
      """)
    #expect(rendered(result) == [])
    let calendar = try #require(result.calendar)
    #expect(calendar.workingDays == [.sun, .mon, .tue, .wed, .thu, .thu])
    #expect(
      calendar.holidays == [
        Holiday(day: day("2026-12-24")), Holiday(day: day("2027-01-01"), name: "New Year"),
      ])
    #expect(calendar.holidays.map { $0.location?.description } == ["inv.yaml:8:9", "inv.yaml:9:9"])
    #expect(calendar.location?.description == "inv.yaml:6:5")
    let working = try #require(result.evaluated.map(Assessor.assess)?.schedule.calendar)
    #expect(working.workingDays == [Weekday.mon, .tue, .wed, .thu, .sun], "repeats count once")
    #expect(!working.isWorkingDay(day("2026-12-24")) && working.isWorkingDay(day("2026-12-27")))
  }

  @Test("a JSON inventory gives the same calendar, at its own lines and columns")
  func json() throws {
    let text = """
      {"version": 1, "programme": {"name": "J", "as_of": "2026-12-01",
        "calendar": {"working_days": ["sun", "mon", "tue", "wed", "thu"],
          "holidays": ["2026-12-24", {"date": "2027-01-01", "name": "New Year"}]}}}
      """
    let result = loadWithFiles(text, as: "inv.json", files: [:])
    #expect(rendered(result) == [])
    let calendar = try #require(result.calendar)
    #expect(calendar.workingDays == [.sun, .mon, .tue, .wed, .thu])
    #expect(calendar.holidays.map(\.name) == [nil, "New Year"])
    #expect(
      calendar.holidays.map { $0.location?.description } == ["inv.json:3:18", "inv.json:3:32"])
  }

  @Test("a working day that is not a weekday name is an error listing the names")
  func badWeekday() throws {
    let result = loadCalendar("working_days: [mon, weekend]")
    #expect(
      rendered(result).first
        == "inv.yaml:6:25: error: an item of 'working_days' is invalid: 'weekend'"
        + " [inventory.invalid-enum]")
    #expect(result.diagnostics.first?.hint == "expected one of: mon, tue, wed, thu, fri, sat, sun")
    #expect(result.evaluated == nil)
  }

  @Test("holidays before 2000 or after 2100 are errors at their line and column")
  func outOfRange() {
    let result = loadCalendar("holidays:\n  - 1999-12-31\n  - {date: 2101-01-01, name: Far}")
    #expect(
      rendered(result) == [
        "inv.yaml:7:9: error: 'holidays' must be a date between 2000-01-01 and 2100-12-31,"
          + " found 1999-12-31 [inventory.out-of-range]",
        "inv.yaml:8:16: error: 'date' must be a date between 2000-01-01 and 2100-12-31,"
          + " found 2101-01-01 [inventory.out-of-range]",
      ])
  }

  @Test("100,000 holidays are one error at the list, quickly")
  func tooMany() {
    let dates = Array(repeating: "2026-12-25", count: 100_000).joined(separator: ", ")
    let clock = ContinuousClock()
    var result: InventoryLoader.Result?
    let elapsed = clock.measure { result = loadCalendar("holidays: [\(dates)]") }
    #expect(
      result.map(rendered) == [
        "inv.yaml:6:15: error: 'holidays' lists 100,000 days; at most 10,000 are read"
          + " [inventory.out-of-range]"
      ])
    #expect(elapsed < .seconds(10), "took \(elapsed)")
  }

  @Test("an item that is neither a date nor {date} nor {ics} is a clear error")
  func wrongItems() {
    let result = loadCalendar("holidays: [[2026-12-25], {day: 2026-12-25}]")
    #expect(
      rendered(result) == [
        "inv.yaml:6:16: error: an item of 'holidays' expects a date, {date, name} or {ics: file.ics},"
          + " found a list"
          + " [inventory.wrong-type]",
        "inv.yaml:6:30: error: a holiday needs 'date' [inventory.missing-key]",
        "inv.yaml:6:31: error: unknown key 'day' in a holiday [inventory.unknown-key]",
      ])
  }
}

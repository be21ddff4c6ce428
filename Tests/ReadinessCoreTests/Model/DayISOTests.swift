import Testing

@testable import ReadinessCore

/// `Day.iso` writes its digits itself for years 0…9999; it must give what padding each part
/// with zeros gives, and parse back to the same day.
struct DayISOTests {
  @Test("every part is zero-padded and the text parses back to the same day")
  func padded() throws {
    let cases = [
      (1, 1, 1, "0001-01-01"), (999, 12, 31, "0999-12-31"), (1970, 1, 1, "1970-01-01"),
      (2024, 2, 29, "2024-02-29"), (2026, 10, 9, "2026-10-09"), (9999, 12, 31, "9999-12-31"),
    ]
    for (year, month, day, text) in cases {
      let d = try #require(Day(year: year, month: month, day: day))
      #expect(d.iso == text)
      #expect(Day(iso: d.iso) == d)
    }
  }

  @Test("a day before year 0 or after 9999 still has a text")
  func outOfRange() throws {
    let last = try #require(Day(year: 9999, month: 12, day: 31))
    #expect(last.adding(days: 1).iso == "10000-01-01")
    let first = try #require(Day(year: 1, month: 1, day: 1))
    #expect(first.adding(days: -366).iso == "0000-01-01")
    #expect(first.adding(days: -367).iso == "00-1-12-31")
  }
}

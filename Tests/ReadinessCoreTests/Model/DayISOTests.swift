import Testing

@testable import ReadinessCore

/// `Day.iso` writes its digits itself for years 0…9999; it must give what padding each part
/// with zeros gives, read back as the same day everywhere, and keep the padded form beyond the
/// years an inventory can spell.
@Suite("Day.iso")
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

  @Test("days from year 1 to 9999 (every 29th, and all of 2024–2028) round-trip as YYYY-MM-DD")
  func roundTrip() {
    let first = Day(year: 1, month: 1, day: 1)!.ordinal
    let last = Day(year: 9999, month: 12, day: 31)!.ordinal
    let recent =
      Day(year: 2024, month: 1, day: 1)!.ordinal...Day(year: 2028, month: 12, day: 31)!.ordinal
    for ordinal in Array(stride(from: first, through: last, by: 29)) + Array(recent) + [last] {
      let day = Day(ordinal: ordinal)
      let iso = day.iso
      #expect(iso.utf8.count == 10)
      if Day(iso: iso) != day {
        Issue.record("\(ordinal) wrote \(iso)")
        return
      }
    }
  }

  @Test("date arithmetic past year 9999 or before year 1 keeps the padded number")
  func outsideRange() throws {
    let last = try #require(Day(year: 9999, month: 12, day: 31))
    #expect(last.adding(days: 1).iso == "10000-01-01")
    let first = try #require(Day(year: 1, month: 1, day: 1))
    #expect(first.adding(days: -1).iso == "0000-12-31")
    #expect(first.adding(days: -366).iso == "0000-01-01")
    #expect(first.adding(days: -367).iso == "00-1-12-31")
  }
}

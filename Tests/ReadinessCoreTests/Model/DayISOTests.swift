import Testing

@testable import ReadinessCore

/// `Day.iso` writes its digits by hand; it must read back as the same day everywhere, and keep
/// the padded form beyond the years an inventory can spell.
@Suite("Day.iso")
struct DayISOTests {
  @Test("days from year 1 to 9999 (every 29th, and all of 2024–2028) round-trip as YYYY-MM-DD")
  func roundTrip() {
    let first = Day(year: 1, month: 1, day: 1)!.ordinal
    let last = Day(year: 9999, month: 12, day: 31)!.ordinal
    let recent = Day(year: 2024, month: 1, day: 1)!.ordinal...Day(year: 2028, month: 12, day: 31)!.ordinal
    for ordinal in Array(stride(from: first, through: last, by: 29)) + Array(recent) + [last] {
      let day = Day(ordinal: ordinal)
      let iso = day.iso
      #expect(iso.utf8.count == 10)
      if Day(iso: iso) != day {
        Issue.record("\(ordinal) wrote \(iso)")
        return
      }
    }
    #expect(Day(year: 7, month: 3, day: 9)!.iso == "0007-03-09")
    #expect(Day(year: 2026, month: 12, day: 31)!.iso == "2026-12-31")
  }

  @Test("date arithmetic past year 9999 or before year 1 keeps the padded number")
  func outsideRange() {
    let end = Day(year: 9999, month: 12, day: 31)!
    #expect(end.adding(days: 1).iso == "10000-01-01")
    let start = Day(year: 1, month: 1, day: 1)!
    #expect(start.adding(days: -1).iso == "0000-12-31")
    #expect(start.adding(days: -367).iso == "00-1-12-31")
  }
}

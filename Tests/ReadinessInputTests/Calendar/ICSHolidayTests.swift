import Foundation
import ReadinessCore
import ReadinessInput
import Testing

@Suite("{ics: file}: holidays from an iCalendar file, read with libical")
struct ICSHolidayTests {
  static let christmas = "UID:1\nDTSTART;VALUE=DATE:20001225\nSUMMARY:Christmas\nRRULE:FREQ=YEARLY"
  static let springBreak =
    "UID:2\nDTSTART;VALUE=DATE:20270405\nDTEND;VALUE=DATE:20270408\nSUMMARY:Spring break"
  static let meeting = "UID:3\nDTSTART:20270301T090000Z\nDTEND:20270301T100000Z\nSUMMARY:Meeting"

  @Test("a yearly event every year to 2100, a multi-day event each day, a timed one skipped")
  func events() throws {
    let file = ics([Self.christmas, Self.springBreak, Self.meeting])
    let result = loadCalendar(
      "holidays: [2026-12-24, {ics: holidays.ics}]", files: ["holidays.ics": file])
    #expect(
      rendered(result) == [
        "holidays.ics:16:1: warning: this event has a time of day, not a whole day: it is skipped"
          + " [inventory.ics-skipped]"
      ])
    let holidays = try #require(result.calendar?.holidays)
    #expect(holidays.count == 1 + 101 + 3)
    let christmases = holidays.filter { $0.name == "Christmas" }
    #expect(
      christmases.first?.day == day("2000-12-25") && christmases.last?.day == day("2100-12-25"))
    #expect(christmases.allSatisfy { $0.location?.description == "holidays.ics:4:1" })
    #expect(
      holidays.filter { $0.name == "Spring break" }.map(\.day)
        == [day("2027-04-05"), day("2027-04-06"), day("2027-04-07")], "DTEND is exclusive")
    #expect(
      holidays.first { $0.name == "Spring break" }?.location?.description == "holidays.ics:10:1")
  }

  @Test("COUNT, UNTIL and EXDATE bound a yearly event; years before 2000 are skipped")
  func boundedRules() throws {
    let file = ics([
      "DTSTART;VALUE=DATE:20260501\nSUMMARY:May Day\nRRULE:FREQ=YEARLY;COUNT=3\nEXDATE;VALUE=DATE:20270501",
      "DTSTART;VALUE=DATE:19900101\nSUMMARY:New Year\nRRULE:FREQ=YEARLY;UNTIL=20020101\nFOO:bar",
    ])
    let result = loadCalendar("holidays: [{ics: h.ics}]", files: ["h.ics": file])
    #expect(
      rendered(result) == [
        "h.ics:10:1: warning: libical skipped what it does not know in this event: Parse error in"
          + " property name: FOO [inventory.ics-skipped]"
      ], "an unknown property is skipped, the event read")
    #expect(
      result.calendar?.holidays.map(\.day)
        == ["2026-05-01", "2028-05-01", "2000-01-01", "2001-01-01", "2002-01-01"].map(day))
  }

  @Test("a file that is not a calendar, or that libical cannot parse, is an error in it")
  func notCalendar() {
    let text = loadCalendar(
      "holidays: [{ics: h.ics}]", files: ["h.ics": Data("name,date\nXmas,2026-12-25\n".utf8)])
    #expect(
      rendered(text) == [
        "h.ics:1:1: error: the holiday calendar is not an iCalendar file: it must start with"
          + " BEGIN:VCALENDAR [inventory.ics-syntax]"
      ])
    #expect(text.evaluated == nil)
    let open = loadCalendar(
      "holidays: [{ics: h.ics}]",
      files: ["h.ics": Data("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20261225\n".utf8)])
    #expect(
      rendered(open) == [
        "h.ics:1:1: error: libical cannot read the holiday calendar [inventory.ics-syntax]"
      ])
    let deep = String(repeating: "BEGIN:VEVENT\n", count: 200_000)
    let nested = loadCalendar(
      "holidays: [{ics: h.ics}]", files: ["h.ics": Data(("BEGIN:VCALENDAR\n" + deep).utf8)])
    #expect(
      rendered(nested) == [
        "h.ics:9:1: error: the holiday calendar nests components more than 8 deep"
          + " [inventory.ics-syntax]"
      ])
  }

  @Test("events without a date, impossible, unreadable, outside 2000–2100 or too long: errors")
  func badEvents() {
    let file = ics([
      "SUMMARY:No date", "DTSTART;VALUE=DATE:20990101\nDTEND;VALUE=DATE:21010102",
      "DTSTART;VALUE=DATE:20260101\nRRULE:FREQ=YEARLY;BYDAY=XX",
      "DTSTART;VALUE=DATE:19000101\nDTEND;VALUE=DATE:20000102\nRRULE:FREQ=YEARLY",
      "DTSTART;VALUE=DATE:20261301",
    ])
    let result = loadCalendar("holidays: [{ics: h.ics}]", files: ["h.ics": file])
    #expect(
      result.diagnostics.map { $0.location?.description }
        == ["h.ics:4:1", "h.ics:7:1", "h.ics:11:1", "h.ics:15:1", "h.ics:20:1"])
    #expect(
      result.diagnostics.map(\.code) == [.icsEvent, .outOfRange, .icsEvent, .outOfRange, .icsEvent])
    #expect(
      result.diagnostics[3].message
        == "this event lasts 36,525 days; the holidays are at most 10,000 days in all")
    #expect(result.diagnostics[1].message.contains("2099-01-01 to 2101-01-01"))
  }
}

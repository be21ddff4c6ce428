import Foundation
import ReadinessCore
import ReadinessInput
import Testing

@Suite("{ics: file}: missing, refused, huge and runaway calendars are bounded errors")
struct ICSLimitTests {
  @Test("a missing file is an error at the ics key; a file the reader refuses says why")
  func unreadable() {
    let missing = loadCalendar("holidays: [{ics: gone.ics}]")
    #expect(
      rendered(missing) == [
        "inv.yaml:6:17: error: cannot read the holiday calendar 'gone.ics': no such file"
          + " [inventory.ics-missing]"
      ])
    let loader = InventoryLoader { _ in
      throw InventoryLoader.ReadFailure(
        .verbatim("it is outside the inventory's folder"),
        hint: .verbatim("use --csv-root to allow it"))
    }
    let text = "version: 1\nprogramme:\n  name: T\n  calendar: {holidays: [{ics: ../h.ics}]}\n"
    let refused = loader.load(
      Data(text.utf8), fileName: "inv.yaml", asOf: AsOfChoice(today: day("2026-12-01")))
    #expect(
      rendered(refused) == [
        "inv.yaml:4:26: error: cannot read the holiday calendar '../h.ics': it is outside the"
          + " inventory's folder [inventory.ics-unreadable]"
      ])
    #expect(refused.diagnostics.first?.hint == "use --csv-root to allow it")
  }

  @Test("a file over 4 MiB is refused at the ics key without being parsed")
  func huge() {
    let big = Data(repeating: UInt8(ascii: "X"), count: (4 << 20) + 1)
    let result = loadCalendar("holidays: [{ics: big.ics}]", files: ["big.ics": big])
    #expect(
      rendered(result) == [
        "inv.yaml:6:17: error: cannot read the holiday calendar 'big.ics': it is larger than the"
          + " 4 MiB limit [inventory.ics-unreadable]"
      ])
  }

  @Test("runaway RRULEs stop at the recurrence step limit, or the holiday limit, quickly")
  func runaway() {
    let clock = ContinuousClock()
    for rule in [
      "FREQ=SECONDLY", "FREQ=MINUTELY;BYSETPOS=-1",
      "FREQ=YEARLY;BYMONTH=1,2,3,4,5,6;BYMONTHDAY=1,2,3;BYHOUR=1,2,3;BYMINUTE=1,2;BYSECOND=1,2",
    ] {
      let event = "DTSTART;VALUE=DATE:20260101\nSUMMARY:Runaway\nRRULE:\(rule)"
      // The same event ten times: the steps are counted for the whole inventory.
      let file = ics(Array(repeating: event, count: 10))
      var result: InventoryLoader.Result?
      let elapsed = clock.measure {
        result = loadCalendar("holidays: [{ics: r.ics}]", files: ["r.ics": file])
      }
      #expect(elapsed < .seconds(10), "\(rule): \(elapsed)")
      let errors = result?.diagnostics.filter { $0.severity == .error } ?? []
      #expect(errors.count == 1, "\(rule): \(errors)")
      #expect(
        errors.first.map { $0.code == .icsEvent || $0.code == .outOfRange } == true, "\(rule)")
    }
    let daily = ics(["DTSTART;VALUE=DATE:20260101\nRRULE:FREQ=DAILY"])
    let result = loadCalendar("holidays: [{ics: d.ics}]", files: ["d.ics": daily])
    #expect(
      rendered(result) == [
        "inv.yaml:6:17: error: 'holidays' passes the limit with the days of 'd.ics'; at most"
          + " 10,000 are read [inventory.out-of-range]"
      ])
  }

  @Test("the dates of the list and of its ICS files count together against the limit")
  func sharedLimit() {
    let dates = Array(repeating: "2026-12-25", count: 9_950).joined(separator: ", ")
    let yearly = ics(["DTSTART;VALUE=DATE:20001225\nRRULE:FREQ=YEARLY"])
    let after = loadCalendar("holidays: [\(dates), {ics: y.ics}]", files: ["y.ics": yearly])
    #expect(after.diagnostics.map(\.location?.description) == ["inv.yaml:6:119417"])
    let before = loadCalendar("holidays: [{ics: y.ics}, \(dates)]", files: ["y.ics": yearly])
    #expect(
      rendered(before) == [
        "inv.yaml:6:15: error: 'holidays' gives 10,051 days; at most 10,000 are read"
          + " [inventory.out-of-range]"
      ])
  }

  @Test("problems past 20 in one file are counted in one more; past 10 files is one error")
  func manyProblems() {
    let timed = ics(Array(repeating: "DTSTART:20270301T090000Z", count: 5_000))
    let result = loadCalendar("holidays: [{ics: t.ics}]", files: ["t.ics": timed])
    #expect(result.diagnostics.count == 21)
    #expect(
      rendered(result).last
        == "t.ics:64:1: warning: 4,980 more problems in the holiday calendar, like those"
        + " above, from this event on [inventory.ics-skipped]")
    #expect(result.evaluated != nil, "timed events only warn")
    let files = Array(repeating: "{ics: y.ics}", count: 11).joined(separator: ", ")
    let yearly = ics(["DTSTART;VALUE=DATE:20261225"])
    let many = loadCalendar("holidays: [\(files)]", files: ["y.ics": yearly])
    #expect(
      rendered(many) == [
        "inv.yaml:6:157: error: 'holidays' names more than 10 ICS files [inventory.out-of-range]"
      ])
  }

  @Test("a key beside ics is an error, and ics must name a file")
  func form() {
    let result = loadCalendar(
      "holidays: [{ics: h.ics, name: X}, {ics: ''}]", files: ["h.ics": ics([])])
    #expect(result.diagnostics.map(\.code) == [.unknownKey, .wrongType])
    #expect(result.diagnostics.first?.hint?.contains("{ics: holidays.ics}") == true)
  }
}

import Foundation
import Testing

@Suite("programme.calendar end to end: the schedule counts with it; ICS files are confined")
struct CalendarInputTests {
  /// Christmas every year, and Sunday 27 to Monday 28 December 2026 (DTEND exclusive).
  static let holidays = """
    BEGIN:VCALENDAR\r
    VERSION:2.0\r
    PRODID:-//test//EN\r
    BEGIN:VEVENT\r
    DTSTART;VALUE=DATE:20001225\r
    RRULE:FREQ=YEARLY\r
    SUMMARY:Christmas\r
    END:VEVENT\r
    BEGIN:VEVENT\r
    DTSTART;VALUE=DATE:20261227\r
    DTEND;VALUE=DATE:20261229\r
    SUMMARY:Year-end shutdown\r
    END:VEVENT\r
    END:VCALENDAR\r

    """

  /// `base/inv/inventory.yaml` with `calendar` under `programme.calendar` (line 5 on) and one
  /// five-day task starting Sunday 2026-12-20; `holidays.ics` beside it and in `base/secret`.
  func workspace(calendar: String) throws -> (base: URL, inventory: String) {
    let base = try BinaryRunner.temporaryFolder()
    let folder = base.appendingPathComponent("inv")
    let secret = base.appendingPathComponent("secret")
    for url in [folder, secret] {
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
      try Data(Self.holidays.utf8).write(to: url.appendingPathComponent("holidays.ics"))
    }
    let text = """
      version: 1
      programme:
        name: Calendar test
        as_of: 2026-12-01
        calendar: \(calendar)
      tasks:
        - {id: t1, title: Five days, phase: implementation, start: 2026-12-20, duration: 5}

      """
    let inventory = folder.appendingPathComponent("inventory.yaml")
    try Data(text.utf8).write(to: inventory)
    return (base, inventory.path)
  }

  /// The `end` of task t1 in the report's workbook.xml.
  func end(in out: URL) throws -> String? {
    let xml = try String(contentsOf: out.appendingPathComponent("workbook.xml"), encoding: .utf8)
    guard let task = xml.range(of: "<task id=\"t1\"") else { return nil }
    let rest = xml[task.upperBound...]
    guard let end = rest.range(of: " end=\"") else { return nil }
    return String(rest[end.upperBound...].prefix(10))
  }

  @Test("a Sunday-to-Thursday week with a dated and ICS holidays places the task's end")
  func schedule() throws {
    let (base, inventory) = try workspace(
      calendar:
        "{working_days: [sun, mon, tue, wed, thu], holidays: [2026-12-24, {ics: holidays.ics}]}")
    let out = base.appendingPathComponent("out")
    let run = try BinaryRunner.run(["report", inventory, "--out", out.path])
    #expect(run.status == 0, "\(run.stderr)")
    // Sun 20 – Wed 23 are four days; Thu 24 is a holiday, Fri and Sat are off, Sun 27 and
    // Mon 28 are the ICS shutdown: the fifth day is Tuesday 29.
    #expect(try end(in: out) == "2026-12-29")
    let (plainBase, plain) = try workspace(calendar: "{}")
    let plainOut = plainBase.appendingPathComponent("out")
    _ = try BinaryRunner.run(["report", plain, "--out", plainOut.path])
    #expect(try end(in: plainOut) == "2026-12-25", "Monday to Friday without holidays")
  }

  @Test("an ICS file outside the inventory's folder is refused (65) and nothing is written")
  func outside() throws {
    let (base, inventory) = try workspace(calendar: "{holidays: [{ics: ../secret/holidays.ics}]}")
    let out = base.appendingPathComponent("out")
    let run = try BinaryRunner.run(["report", inventory, "--out", out.path])
    #expect(run.status == 65, "\(run.stderr)")
    #expect(
      run.stderr.contains(
        "inventory.yaml:5:26: error: cannot read the holiday calendar '../secret/holidays.ics':"
          + " it is outside the inventory's folder"))
    #expect(!FileManager.default.fileExists(atPath: out.path))
  }

  @Test("a missing ICS file exits 66; a named pipe is refused at once (65)")
  func missingAndPipe() throws {
    let (_, inventory) = try workspace(calendar: "{holidays: [{ics: gone.ics}]}")
    let missing = try BinaryRunner.run(["validate", inventory])
    #expect(missing.status == 66, "\(missing.stderr)")
    #expect(missing.stderr.contains("cannot read the holiday calendar 'gone.ics': no such file"))
    let (base, piped) = try workspace(calendar: "{holidays: [{ics: pipe.ics}]}")
    #expect(mkfifo(base.appendingPathComponent("inv/pipe.ics").path, 0o600) == 0)
    let pipe = try BinaryRunner.run(["validate", piped], timeout: 20)
    #expect(pipe.status == 65, "a FIFO must not block: \(pipe.stderr)")
    #expect(pipe.stderr.contains("'pipe.ics': it is a named pipe (FIFO), not a regular file"))
  }

  @Test("a file that is not a calendar is an error in that file (65)")
  func notCalendar() throws {
    let (base, inventory) = try workspace(calendar: "{holidays: [{ics: notes.ics}]}")
    try Data("Christmas, 2026-12-25\n".utf8).write(
      to: base.appendingPathComponent("inv/notes.ics"))
    let run = try BinaryRunner.run(["validate", inventory])
    #expect(run.status == 65)
    #expect(
      run.stderr.contains(
        "notes.ics:1:1: error: the holiday calendar is not an iCalendar file: it must start with"
          + " BEGIN:VCALENDAR"))
  }
}

import CLibical
import Foundation
import ReadinessCore

/// The days off an iCalendar file gives (`{ics: holidays.ics}`), read with libical: each
/// all-day VEVENT gives its days (DTEND exclusive), named by its SUMMARY, and an RRULE repeats
/// them, expanded by libical's recurrence iterator from 2000 to 2100. Timed events are skipped
/// with a warning. Bounded: the file's size, how deep it nests, how many days it may give and
/// how many recurrence steps libical may take for the whole inventory.
enum ICSCalendar {
  /// Largest ICS file read.
  static let maximumSize = 4 << 20
  /// `maximumSize` as messages and the README name it.
  static let maximumSizeText = "4 MiB"
  /// Deepest nesting of components (a calendar's events nest 2 deep, their alarms 3).
  static let maximumDepth = 8
  /// ICS files one inventory may name.
  static let maximumFiles = 10
  /// Problems reported one by one in a file; the rest are counted in one more.
  static let maximumProblems = 20
  /// Recurrence steps libical may take for all the ICS files of one inventory (a yearly
  /// holiday takes about 100; a step takes under 2 µs).
  static let recurrenceSteps = 200_000

  /// A day an event gives: when, its SUMMARY, and the line of its `BEGIN:VEVENT`.
  struct EventDay: Sendable, Equatable {
    var day: Day
    var name: String?
    var line: Int
  }

  /// What a file gave: its days in file order, and its problems; `overflow` when it would give
  /// more days than there was room for (none are then given).
  struct Reading {
    var days: [EventDay] = []
    var diagnostics: [Diagnostic] = []
    var overflow = false
  }

  /// The days `data` gives, read as the file `file` (named in diagnostics), at most `room`;
  /// `recurrenceSteps` is the steps still allowed, and is spent.
  static func days(in data: Data, file: String, room: Int, recurrenceSteps: inout Int) -> Reading {
    var reading = Reading()
    typealias M = CalendarFileMessages
    func fail(_ code: DiagnosticCode, _ message: Message, line: Int, hint: Message) -> Reading {
      reading.diagnostics.append(
        Diagnostic(
          .error, code: code, message, at: SourceLocation(file: file, line: line, column: 1),
          hint: hint))
      return reading
    }
    let export = Message(M.export)
    guard let text = String(validating: data, as: UTF8.self), !text.utf8.contains(0) else {
      return fail(.encoding, Message(M.notUTF8), line: 1, hint: export)
    }
    let outline: ICSOutline
    do {
      outline = try ICSOutline(text)
    } catch {
      switch error {
      case .notCalendar(let line):
        return fail(.icsSyntax, Message(M.notCalendar), line: line, hint: export)
      case .tooDeep(let line):
        return fail(
          .icsSyntax, Message(M.tooDeep, ["depth": .count(maximumDepth)]), line: line,
          hint: export)
      }
    }
    guard let root = text.withCString({ icalparser_parse_string($0) }) else {
      return fail(
        .icsSyntax, Message(M.unreadable), line: 1,
        hint: Message(M.unreadableHint, ["export": .message(export)]))
    }
    defer { icalcomponent_free(root) }
    let found = calendars(root)
    guard !found.isEmpty else {
      return fail(.icsSyntax, Message(M.noCalendar), line: 1, hint: export)
    }
    var reader = EventReader(
      file: file, room: room, steps: recurrenceSteps, lines: outline.eventLines)
    for calendar in found {
      var event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT)
      while let current = event, reader.read(current) {
        event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)
      }
      if reader.stopped { break }
    }
    reader.finish()
    recurrenceSteps = reader.steps
    return reader.reading
  }

  /// The calendars of a parsed file: the root, or each VCALENDAR of several in one file.
  private static func calendars(_ root: OpaquePointer) -> [OpaquePointer] {
    guard icalcomponent_isa(root) == ICAL_XROOT_COMPONENT else {
      return icalcomponent_isa(root) == ICAL_VCALENDAR_COMPONENT ? [root] : []
    }
    var found: [OpaquePointer] = []
    var child = icalcomponent_get_first_component(root, ICAL_VCALENDAR_COMPONENT)
    while let calendar = child {
      found.append(calendar)
      child = icalcomponent_get_next_component(root, ICAL_VCALENDAR_COMPONENT)
    }
    return found
  }
}

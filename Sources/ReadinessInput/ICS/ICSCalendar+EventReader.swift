import CLibical
import ReadinessCore

extension ICSCalendar {
  /// Reads a file's VEVENTs one by one into days, in file order, until the room for days or
  /// the recurrence steps run out.
  struct EventReader {
    private typealias M = CalendarFileMessages

    let file: String
    /// Days that may still be given.
    var room: Int
    /// Recurrence steps libical may still take.
    var steps: Int
    /// The line of each VEVENT, in the order libical gives them (`ICSOutline`).
    let lines: [Int]
    var reading = Reading()
    /// Set when the room or the steps ran out: no later event is read.
    var stopped = false
    private var index = 0
    /// Problems past the first `ICSCalendar.maximumProblems`: how many, and whether one is an error.
    private var unshown = (count: 0, error: false, from: 1)

    init(file: String, room: Int, steps: Int, lines: [Int]) {
      self.file = file
      self.room = room
      self.steps = steps
      self.lines = lines
    }

    /// Adds one diagnostic for the problems past `ICSCalendar.maximumProblems`, if any: an
    /// error when one of them is.
    mutating func finish() {
      guard unshown.count > 0 else { return }
      reading.diagnostics.append(
        Diagnostic(
          unshown.error ? .error : .warning, code: unshown.error ? .icsEvent : .icsSkipped,
          Message(M.moreProblems, ["count": .figure(.whole(Double(unshown.count)))]),
          at: SourceLocation(file: file, line: unshown.from, column: 1),
          hint: Message(M.moreProblemsHint)))
    }

    /// Reads `event`; false when reading must stop.
    mutating func read(_ event: OpaquePointer) -> Bool {
      let line = index < lines.count ? lines[index] : 1
      index += 1
      guard unreadable(event, line: line) == false else { return true }
      let start = icalcomponent_get_dtstart(event)
      guard icaltime_is_null_time(start) == 0 else {
        report(.icsEvent, Message(M.noStart), line: line)
        return true
      }
      guard start.is_date != 0 else {
        report(.icsSkipped, Message(M.timeOfDay), line: line, severity: .warning)
        return true
      }
      guard let first = Self.day(start) else {
        report(.icsEvent, Message(M.notRealStart), line: line)
        return true
      }
      let end = icalcomponent_get_dtend(event)
      let length = Self.day(end).map { $0.ordinal - first.ordinal } ?? 1
      guard length >= 1 else {
        report(.icsEvent, Message(M.endNotAfter), line: line)
        return true
      }
      guard length <= InputLimits.holidays else {
        report(
          .outOfRange,
          Message(
            M.lasts,
            [
              "count": .figure(.whole(Double(length))),
              "limit": .figure(.whole(Double(InputLimits.holidays))),
            ]), line: line)
        return true
      }
      guard let name = name(event, line: line) else { return true }
      if let rule = icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY) {
        return repeated(
          rule, event: event, start: start, length: length, name: name, line: line)
      }
      let last = first.adding(days: length - 1)
      guard InputLimits.contains(first), InputLimits.contains(last) else {
        report(
          .outOfRange,
          Message(
            length > 1 ? M.daysOutside : M.dayOutside,
            [
              "first": .day(first), "last": .day(last),
              "range": .message(InputLimits.dateRangeMessage),
            ]), line: line)
        return true
      }
      return add(first, length: length, name: name, line: line)
    }

    /// The event's SUMMARY, "" for none; nil when too long (reported).
    private mutating func name(_ event: OpaquePointer, line: Int) -> String? {
      let summary = icalcomponent_get_summary(event).map { String(cString: $0) } ?? ""
      guard summary.count <= InputLimits.textLength else {
        report(
          .textTooLong,
          Message(M.longSummary, ["limit": .figure(.whole(Double(InputLimits.textLength)))]),
          line: line)
        return nil
      }
      return summary.trimmingCharacters(in: .whitespaces)
    }

    /// Reports each property libical could not read: an unknown property or parameter name is
    /// skipped with a warning; any other (a value it cannot parse, an RRULE among them) is an
    /// error, and then true.
    private mutating func unreadable(_ event: OpaquePointer, line: Int) -> Bool {
      var failed = false
      var property = icalcomponent_get_first_property(event, ICAL_XLICERROR_PROPERTY)
      while let current = property {
        let what = icalproperty_get_xlicerror(current).map { String(cString: $0) } ?? ""
        let kind = icalproperty_get_first_parameter(current, ICAL_XLICERRORTYPE_PARAMETER)
          .map(icalparameter_get_xlicerrortype)
        if kind == ICAL_XLICERRORTYPE_PROPERTYPARSEERROR
          || kind == ICAL_XLICERRORTYPE_PARAMETERNAMEPARSEERROR
        {
          report(
            .icsSkipped, Message(M.skipped, ["what": .text(what.clipped)]), line: line,
            hint: Message(M.skippedHint), severity: .warning)
        } else {
          report(.icsEvent, Message(M.property, ["what": .text(what.clipped)]), line: line)
          failed = true
        }
        property = icalcomponent_get_next_property(event, ICAL_XLICERROR_PROPERTY)
      }
      return failed
    }

    /// Gives `length` days from `first`; false (and `overflow`) when there is no room.
    mutating func add(_ first: Day, length: Int, name: String, line: Int) -> Bool {
      guard length <= room else {
        reading.overflow = true
        stopped = true
        return false
      }
      room -= length
      for offset in 0..<length {
        reading.days.append(
          EventDay(day: first.adding(days: offset), name: name.isEmpty ? nil : name, line: line))
      }
      return true
    }

    mutating func report(
      _ code: DiagnosticCode, _ message: Message, line: Int, hint: Message? = nil,
      severity: Diagnostic.Severity = .error
    ) {
      guard reading.diagnostics.count < ICSCalendar.maximumProblems else {
        if unshown.count == 0 { unshown.from = line }
        unshown.count += 1
        unshown.error = unshown.error || severity == .error
        return
      }
      let hint = hint ?? Message(M.allDay)
      reading.diagnostics.append(
        Diagnostic(
          severity, code: code, message, at: SourceLocation(file: file, line: line, column: 1),
          hint: hint))
    }

    /// The date of a DATE value (or a DATE-TIME's date); nil for a null or impossible time.
    static func day(_ time: icaltimetype) -> Day? {
      guard icaltime_is_null_time(time) == 0 else { return nil }
      return Day(year: Int(time.year), month: Int(time.month), day: Int(time.day))
    }
  }
}

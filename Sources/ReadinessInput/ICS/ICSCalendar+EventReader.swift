import CLibical
import ReadinessCore

extension ICSCalendar {
  /// Reads a file's VEVENTs one by one into days, in file order, until the room for days or
  /// the recurrence steps run out.
  struct EventReader {
    let file: String
    /// Days that may still be given.
    var room: Int
    /// Recurrence steps libical may still take.
    var steps: Int
    /// The line of each VEVENT, in the order libical gives them (`ICSOutline`).
    let lines: [Int]
    var reading = Reading()
    /// Set when the room or the steps ran out: no later event is read.
    private(set) var stopped = false
    private var index = 0

    init(file: String, room: Int, steps: Int, lines: [Int]) {
      self.file = file
      self.room = room
      self.steps = steps
      self.lines = lines
    }

    /// Reads `event`; false when reading must stop.
    mutating func read(_ event: OpaquePointer) -> Bool {
      let line = index < lines.count ? lines[index] : 1
      index += 1
      guard unreadable(event, line: line) == false else { return true }
      let start = icalcomponent_get_dtstart(event)
      guard icaltime_is_null_time(start) == 0 else {
        report(.icsEvent, "this event has no DTSTART, so no date", line: line)
        return true
      }
      guard start.is_date != 0 else {
        report(
          .icsSkipped, "this event has a time of day, not a whole day: it is skipped",
          line: line, severity: .warning)
        return true
      }
      guard let first = Self.day(start) else {
        report(.icsEvent, "this event's DTSTART is not a real date", line: line)
        return true
      }
      let end = icalcomponent_get_dtend(event)
      let length = Self.day(end).map { $0.ordinal - first.ordinal } ?? 1
      guard length >= 1 else {
        report(.icsEvent, "this event's DTEND is not after its DTSTART", line: line)
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
          "this event's days (\(first.iso)\(length > 1 ? " to \(last.iso)" : "")) must be"
            + " \(InputLimits.dateRange)", line: line)
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
          "this event's SUMMARY is longer than \(Figures.count(Double(InputLimits.textLength)))"
            + " characters", line: line)
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
            .icsSkipped, "libical skipped what it does not know in this event: \(what.clipped)",
            line: line, hint: "the event is read without it", severity: .warning)
        } else {
          report(
            .icsEvent, "libical cannot read a property of this event: \(what.clipped)", line: line)
          failed = true
        }
        property = icalcomponent_get_next_property(event, ICAL_XLICERROR_PROPERTY)
      }
      return failed
    }

    /// The `length` days from each start the event's RRULE gives, but those in its EXDATEs,
    /// within 2000–2100.
    private mutating func repeated(
      _ rule: OpaquePointer, event: OpaquePointer, start: icaltimetype, length: Int,
      name: String, line: Int
    ) -> Bool {
      guard let iterator = icalrecur_iterator_new(icalproperty_get_rrule(rule), start) else {
        report(.icsEvent, "libical cannot expand this event's RRULE", line: line)
        return true
      }
      defer { icalrecur_iterator_free(iterator) }
      // Skips the years before 2000 (libical ignores this for a rule with COUNT).
      if let first = Self.day(start), first < InputLimits.earliestDate {
        let from = InputLimits.earliestDate.adding(days: 1 - length).components
        var time = start
        (time.year, time.month, time.day) = (Int32(from.year), Int32(from.month), Int32(from.day))
        _ = icalrecur_iterator_set_start(iterator, time)
      }
      let excluded = exceptions(event)
      var previous: Day?
      while true {
        guard steps > 0 else {
          report(
            .icsEvent,
            "this event's RRULE takes more than \(Figures.count(Double(recurrenceSteps)))"
              + " recurrence steps (with the events before it): it is not expanded", line: line,
            hint: "a holiday recurs yearly: RRULE:FREQ=YEARLY, with COUNT or UNTIL or without"
              + " an end (expanded to 2100)")
          stopped = true
          return false
        }
        steps -= 1
        guard let day = Self.day(icalrecur_iterator_next(iterator)),
          day <= InputLimits.latestDate
        else { return true }
        // A rule finer than a day (FREQ=HOURLY) gives the same date many times.
        guard day != previous else { continue }
        previous = day
        guard !excluded.contains(day) else { continue }
        for offset in 0..<length where InputLimits.contains(day.adding(days: offset)) {
          guard add(day.adding(days: offset), length: 1, name: name, line: line) else {
            return false
          }
        }
      }
    }

    /// The dates of the event's EXDATE properties.
    private func exceptions(_ event: OpaquePointer) -> Set<Day> {
      var days: Set<Day> = []
      var property = icalcomponent_get_first_property(event, ICAL_EXDATE_PROPERTY)
      while let current = property {
        if let day = Self.day(icalproperty_get_exdate(current)) { days.insert(day) }
        property = icalcomponent_get_next_property(event, ICAL_EXDATE_PROPERTY)
      }
      return days
    }

    /// Gives `length` days from `first`; false (and `overflow`) when there is no room.
    private mutating func add(_ first: Day, length: Int, name: String, line: Int) -> Bool {
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

    private mutating func report(
      _ code: DiagnosticCode, _ message: String, line: Int, hint: String? = nil,
      severity: Diagnostic.Severity = .error
    ) {
      let hint =
        hint ?? "a holiday is an all-day event: DTSTART;VALUE=DATE:20261225, SUMMARY its name"
      reading.diagnostics.append(
        Diagnostic(
          severity, code: code, message, at: SourceLocation(file: file, line: line, column: 1),
          hint: hint))
    }

    /// The date of a DATE value (or a DATE-TIME's date); nil for a null or impossible time.
    private static func day(_ time: icaltimetype) -> Day? {
      guard icaltime_is_null_time(time) == 0 else { return nil }
      return Day(year: Int(time.year), month: Int(time.month), day: Int(time.day))
    }
  }
}

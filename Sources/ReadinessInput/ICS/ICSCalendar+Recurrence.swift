import CLibical
import ReadinessCore

extension ICSCalendar.EventReader {
  /// The `length` days from each start the event's RRULE gives, but those in its EXDATEs,
  /// within 2000–2100.
  mutating func repeated(
    _ rule: OpaquePointer, event: OpaquePointer, start: icaltimetype, length: Int,
    name: String, line: Int
  ) -> Bool {
    guard let iterator = icalrecur_iterator_new(icalproperty_get_rrule(rule), start) else {
      report(.icsEvent, Message(CalendarFileMessages.noExpand), line: line)
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
          Message(
            CalendarFileMessages.runaway,
            ["count": .figure(.whole(Double(ICSCalendar.recurrenceSteps)))]), line: line,
          hint: Message(CalendarFileMessages.runawayHint))
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
}

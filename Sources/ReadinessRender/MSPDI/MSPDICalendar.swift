import ReadinessCore

/// The project's one calendar (UID 1): the working week, 08:00–12:00 and 13:00–17:00 on each
/// working day, and every holiday in the schedule's span as a non-working exception.
enum MSPDICalendar {
  static func write(_ schedule: Schedule, to writer: LibXMLWriter) {
    let field = MSPDIRenderer.field
    writer.element("Calendars", [:]) {
      writer.element("Calendar", [:]) {
        field("UID", "1", writer)
        field("Name", "Standard", writer)
        field("IsBaseCalendar", "1", writer)
        writer.element("WeekDays", [:]) {
          // MSPDI numbers the days from Sunday (1) to Saturday (7).
          for (type, day) in zip(1...7, [Weekday.sun, .mon, .tue, .wed, .thu, .fri, .sat]) {
            let working = schedule.calendar.workingDays.contains(day)
            writer.element("WeekDay", [:]) {
              field("DayType", String(type), writer)
              field("DayWorking", working ? "1" : "0", writer)
              guard working else { return }
              writer.element("WorkingTimes", [:]) {
                for (from, to) in [("08:00:00", "12:00:00"), ("13:00:00", "17:00:00")] {
                  writer.element("WorkingTime", [:]) {
                    field("FromTime", from, writer)
                    field("ToTime", to, writer)
                  }
                }
              }
            }
          }
        }
        writer.element("Exceptions", [:]) {
          for holiday in schedule.holidaysInSpan {
            writer.element("Exception", [:]) {
              field("EnteredByOccurrences", "0", writer)
              writer.element("TimePeriod", [:]) {
                field("FromDate", "\(holiday.day.iso)T00:00:00", writer)
                field("ToDate", "\(holiday.day.iso)T23:59:00", writer)
              }
              field("Occurrences", "1", writer)
              field("Name", holiday.name ?? "Holiday", writer)
              field("Type", "1", writer)
              field("DayWorking", "0", writer)
            }
          }
        }
      }
    }
  }
}

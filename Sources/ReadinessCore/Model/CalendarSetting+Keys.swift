extension CalendarSetting {
  /// The keys of `programme.calendar`. The loader reads every `{ics: file.ics}` of `holidays`
  /// into entries of `Holiday.keys` (ReadinessInput, `SchemaDecoder.dayList`).
  static let keys = Keys<CalendarSetting>(
    "calendar", seed: { CalendarSetting() },
    [
      Field(
        \.workingDays, "working_days",
        .list(.enumeration(Weekday.allCases.map(\.rawValue), ignoringCase: true)),
        doc: "Working weekdays, mon to sun in any case (a repeated day counts once);"
          + " default mon, tue, wed, thu, fri."),
      Field(
        \CalendarSetting.holidays, "holidays", .dayList(Holiday.keys.schema),
        doc: "Days nobody works: each a date, {date, name}, or {ics: file.ics} (all-day events"
          + " of an iCalendar file beside the inventory, yearly RRULEs expanded to 2100)."
      ) { setting, decoded in
        setting.holidays = (decoded.list ?? []).compactMap { $0.object.flatMap(Holiday.keys.build) }
      },
    ], location: \.location)
}

extension Holiday {
  /// The keys of a holiday written as an object, and of each day an ICS event gives.
  package static let keys = Keys<Holiday>(
    "holiday", seed: { Holiday(day: InputLimits.earliestDate) },
    [
      Field(\.day, "date", .date, required: true, doc: "The day off."),
      Field(\.name, "name", .string, doc: "What the day is (New Year)."),
    ], requires: [\.day], location: \.location)
}

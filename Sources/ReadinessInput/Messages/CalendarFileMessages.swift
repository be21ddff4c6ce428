import ReadinessCore

/// What the holiday list and its iCalendar files give rise to (`SchemaDecoder.dayList`,
/// `ICSCalendar`): too many days, a file that cannot be read, an event that is no holiday.
enum CalendarFileMessages {
  static let wrongItem = MessageKey(
    "diagnostic.holidays.wrongItem",
    "an item of '{key}' expects a date, {date, name} or {ics: file.ics}, found {found}")
  static let lists = MessageKey(
    "diagnostic.holidays.lists", "'{key}' lists {count} days; at most {limit} are read")
  static let gives = MessageKey(
    "diagnostic.holidays.gives", "'{key}' gives {count} days; at most {limit} are read")
  static let passes = MessageKey(
    "diagnostic.holidays.passes",
    "'{key}' passes the limit with the days of '{path}'; at most {limit} are read")
  static let tooManyHint = MessageKey(
    "diagnostic.holidays.tooMany.hint",
    "list the days nobody works (public holidays, shutdowns); a weekday off every week belongs in"
      + " working_days")
  static let icsForm = MessageKey(
    "diagnostic.holidays.icsForm",
    "a holiday calendar is written {ics: holidays.ics}, relative to the inventory")
  static let tooManyFiles = MessageKey(
    "diagnostic.holidays.tooManyFiles", "'{key}' names more than {count} ICS files")
  static let tooManyFilesHint = MessageKey(
    "diagnostic.holidays.tooManyFiles.hint", "merge the holiday calendars into fewer files")
  static let cannotRead = MessageKey(
    "diagnostic.ics.cannotRead", "cannot read the holiday calendar '{path}': {reason}")
  static let cannotReadPlain = MessageKey(
    "diagnostic.ics.cannotReadPlain", "cannot read the holiday calendar '{path}'")
  static let tooLarge = MessageKey(
    "diagnostic.ics.tooLarge",
    "cannot read the holiday calendar '{path}': it is larger than the {limit} limit")
  static let tooLargeHint = MessageKey(
    "diagnostic.ics.tooLarge.hint",
    "a holiday calendar is small: export only the holidays, as all-day events")
  static let export = MessageKey(
    "diagnostic.ics.export.hint",
    "export the holidays from your calendar application as an .ics file")
  static let notUTF8 = MessageKey(
    "diagnostic.ics.notUTF8", "the holiday calendar is not UTF-8 text")
  static let notCalendar = MessageKey(
    "diagnostic.ics.notCalendar",
    "the holiday calendar is not an iCalendar file: it must start with BEGIN:VCALENDAR")
  static let tooDeep = MessageKey(
    "diagnostic.ics.tooDeep", "the holiday calendar nests components more than {depth} deep")
  static let unreadable = MessageKey(
    "diagnostic.ics.unreadable", "libical cannot read the holiday calendar")
  static let unreadableHint = MessageKey(
    "diagnostic.ics.unreadable.hint", "every BEGIN: needs its END: (END:VCALENDAR last); {export}")
  static let noCalendar = MessageKey(
    "diagnostic.ics.noCalendar", "the holiday calendar holds no VCALENDAR")
  static let moreProblems = MessageKey(
    "diagnostic.ics.moreProblems",
    "{count} more problems in the holiday calendar, like those above, from this event on")
  static let moreProblemsHint = MessageKey(
    "diagnostic.ics.moreProblems.hint",
    "a holiday calendar holds all-day events: export only the holidays")
  static let noStart = MessageKey("diagnostic.ics.noStart", "this event has no DTSTART, so no date")
  static let timeOfDay = MessageKey(
    "diagnostic.ics.timeOfDay", "this event has a time of day, not a whole day: it is skipped")
  static let notRealStart = MessageKey(
    "diagnostic.ics.notRealStart", "this event's DTSTART is not a real date")
  static let endNotAfter = MessageKey(
    "diagnostic.ics.endNotAfter", "this event's DTEND is not after its DTSTART")
  static let lasts = MessageKey(
    "diagnostic.ics.lasts",
    "this event lasts {count} days; the holidays are at most {limit} days in all")
  static let dayOutside = MessageKey(
    "diagnostic.ics.dayOutside", "this event's days ({first}) must be {range}")
  static let daysOutside = MessageKey(
    "diagnostic.ics.daysOutside", "this event's days ({first} to {last}) must be {range}")
  static let longSummary = MessageKey(
    "diagnostic.ics.longSummary", "this event's SUMMARY is longer than {limit} characters")
  static let skipped = MessageKey(
    "diagnostic.ics.skipped", "libical skipped what it does not know in this event: {what}")
  static let skippedHint = MessageKey("diagnostic.ics.skipped.hint", "the event is read without it")
  static let property = MessageKey(
    "diagnostic.ics.property", "libical cannot read a property of this event: {what}")
  static let allDay = MessageKey(
    "diagnostic.ics.allDay.hint",
    "a holiday is an all-day event: DTSTART;VALUE=DATE:20261225, SUMMARY its name")
  static let noExpand = MessageKey(
    "diagnostic.ics.noExpand", "libical cannot expand this event's RRULE")
  static let runaway = MessageKey(
    "diagnostic.ics.runaway",
    "this event's RRULE takes more than {count} recurrence steps (with the events before it): it is"
      + " not expanded")
  static let runawayHint = MessageKey(
    "diagnostic.ics.runaway.hint",
    "a holiday recurs yearly: RRULE:FREQ=YEARLY, with COUNT or UNTIL or without an end (expanded"
      + " to 2100)")

  static let all: [MessageKey] = [
    wrongItem, lists, gives, passes, tooManyHint, icsForm, tooManyFiles, tooManyFilesHint,
    cannotRead, cannotReadPlain, tooLarge, tooLargeHint, export, notUTF8, notCalendar, tooDeep,
    unreadable, unreadableHint, noCalendar, moreProblems, moreProblemsHint, noStart, timeOfDay,
    notRealStart, endNotAfter, lasts, dayOutside, daysOutside, longSummary, skipped, skippedHint,
    property, allDay, noExpand, runaway, runawayHint,
  ]
}

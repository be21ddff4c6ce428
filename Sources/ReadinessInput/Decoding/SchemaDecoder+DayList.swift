import Foundation
import ReadinessCore

extension SchemaDecoder {
  /// A list of days (`programme.calendar.holidays`): each item a date, an object of `schema`,
  /// or `{ics: file.ics}` whose all-day events are read through `readFile`. Every day becomes
  /// an object of `schema` where it is written (an ICS event's: the file and its VEVENT line).
  /// More than `InputLimits.holidays` days in all is one error (at the list, or at the `ics:`
  /// key of the file that passes the limit) and none is kept.
  mutating func dayList(_ node: SourceNode, schema: ObjectSchema, key: String) -> Decoded? {
    guard case .sequence(let items) = node.value else {
      wrongType(node, expected: .dayList(schema), key: key)
      return nil
    }
    let limit = InputLimits.holidays
    guard items.count <= limit else {
      tooManyDays(
        at: node.location, key: key, found: "lists \(Figures.count(Double(items.count))) days")
      return nil
    }
    var days: [Decoded] = []
    for item in items {
      switch item.value {
      case .scalar:
        if let date = decode(item, as: .date, key: key) { days.append(Self.day(date)) }
      case .mapping(let entries) where entries.contains(where: { $0.key == "ics" }):
        guard let read = icsDays(entries, room: limit - days.count, key: key) else { return nil }
        days += read
      case .mapping:
        if let object = object(item, schema: schema, key: key) {
          days.append(Decoded(value: .object(object), location: item.location))
        }
      default:
        report(
          .wrongType,
          "an item of '\(key)' expects a date, {date, name} or {ics: file.ics}, found"
            + " \(item.kindDescription)", at: item.location,
          hint: SchemaType.dayList(schema).example)
      }
    }
    guard days.count <= limit else {
      tooManyDays(
        at: node.location, key: key, found: "gives \(Figures.count(Double(days.count))) days")
      return nil
    }
    return Decoded(value: .list(days), location: node.location)
  }

  /// A day written as a bare date, as the object `{date: …}` at the same place.
  private static func day(_ date: Decoded) -> Decoded {
    var object = DecodedObject(location: date.location)
    object.entries = [
      .init(key: Holiday.keys.name(of: \.day), keyLocation: date.location, value: date)
    ]
    return Decoded(value: .object(object), location: date.location)
  }

  private mutating func tooManyDays(at location: SourceLocation, key: String, found: String) {
    report(
      .outOfRange,
      "'\(key)' \(found); at most \(Figures.count(Double(InputLimits.holidays))) are read",
      at: location,
      hint: "list the days nobody works (public holidays, shutdowns); a weekday off every week"
        + " belongs in working_days")
  }

  /// The days of the ICS file `{ics: file}` names: none when it cannot be used (reported at
  /// the `ics:` key, or in the file); nil when it gives more than `room` days or is one ICS
  /// file too many (reported).
  private mutating func icsDays(_ entries: [SourceNode.Entry], room: Int, key: String)
    -> [Decoded]?
  {
    let form = "a holiday calendar is written {ics: holidays.ics}, relative to the inventory"
    for extra in entries where extra.key != "ics" {
      report(
        .unknownKey, "unknown key '\(extra.key.clipped)' beside 'ics'", at: extra.keyLocation,
        hint: form)
    }
    guard let entry = entries.first(where: { $0.key == "ics" }) else { return [] }
    guard case .scalar(let path, _) = entry.value.value,
      !path.trimmingCharacters(in: .whitespaces).isEmpty
    else {
      wrongType(entry.value, expected: .string, key: "ics")
      return []
    }
    guard icsFiles > 0 else {
      report(
        .outOfRange, "'\(key)' names more than \(ICSCalendar.maximumFiles) ICS files",
        at: entry.keyLocation, hint: "merge the holiday calendars into fewer files")
      return nil
    }
    icsFiles -= 1
    guard entries.count == 1, let data = icsBytes(path, at: entry.keyLocation) else { return [] }
    let file = path.hasPrefix("/") ? path : directory + path
    let read = ICSCalendar.days(
      in: data, file: file, room: room, recurrenceSteps: &recurrenceSteps)
    diagnostics += read.diagnostics
    if read.overflow {
      tooManyDays(
        at: entry.keyLocation, key: key,
        found: "passes the limit with the days of '\(path.clipped)'")
      return nil
    }
    guard !read.diagnostics.contains(where: { $0.severity == .error }) else { return [] }
    let (date, name) = (Holiday.keys.name(of: \.day), Holiday.keys.name(of: \.name))
    return read.days.map { day in
      let at = SourceLocation(file: file, line: day.line, column: 1)
      var object = DecodedObject(location: at)
      object.entries = [
        .init(key: date, keyLocation: at, value: .init(value: .date(day.day), location: at))
      ]
      if let text = day.name {
        object.entries.append(
          .init(key: name, keyLocation: at, value: .init(value: .text(text), location: at)))
      }
      return Decoded(value: .object(object), location: at)
    }
  }

  /// The bytes of the ICS file `path`, at most `ICSCalendar.maximumSize`; nil when it cannot be
  /// read (reported at `location`, the `ics:` key).
  private mutating func icsBytes(_ path: String, at location: SourceLocation) -> Data? {
    let subject = "cannot read the holiday calendar '\(path.clipped)'"
    let fallback = "the path is relative to the inventory's folder; check that the file exists"
    let data: Data
    do {
      data = try readFile(path)
    } catch let failure as InventoryLoader.ReadFailure {
      report(
        failure.isMissing ? .icsMissing : .icsUnreadable, "\(subject): \(failure.reason)",
        at: location, hint: failure.hint ?? fallback)
      return nil
    } catch {
      report(.icsUnreadable, subject, at: location, hint: fallback)
      return nil
    }
    guard data.count <= ICSCalendar.maximumSize else {
      report(
        .icsUnreadable,
        "\(subject): it is larger than the \(ICSCalendar.maximumSizeText) limit",
        at: location,
        hint: "a holiday calendar is small: export only the holidays, as all-day events")
      return nil
    }
    return data
  }
}

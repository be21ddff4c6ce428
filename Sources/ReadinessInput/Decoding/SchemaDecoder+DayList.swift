import Foundation
import ReadinessCore

extension SchemaDecoder {
  /// A list of days (`programme.calendar.holidays`): each item a date, an object of `schema`,
  /// or `{ics: file.ics}` whose all-day events are read through `readFile`. Every day becomes
  /// an object of `schema` where it is written (an ICS event's: the file and its VEVENT line).
  /// More than `InputLimits.holidays` days in all is one error (at the list, or at the `ics:`
  /// key of the file that passes the limit) and none is kept.
  mutating func dayList(_ node: SourceNode, schema: ObjectSchema, key: String) -> Decoded? {
    typealias M = CalendarFileMessages
    guard case .sequence(let items) = node.value else {
      wrongType(node, expected: .dayList(schema), key: key)
      return nil
    }
    let limit = InputLimits.holidays
    guard items.count <= limit else {
      tooManyDays(
        at: node.location, M.lists,
        ["key": .text(key), "count": .figure(.whole(Double(items.count)))])
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
          Message(M.wrongItem, ["key": .text(key), "found": .message(item.kindDescription)]),
          at: item.location, hint: SchemaType.dayList(schema).example)
      }
    }
    guard days.count <= limit else {
      tooManyDays(
        at: node.location, M.gives,
        ["key": .text(key), "count": .figure(.whole(Double(days.count)))])
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

  /// Reports that the list holds more days than are read: `key` with `named`, and the limit.
  private mutating func tooManyDays(
    at location: SourceLocation, _ key: MessageKey, _ named: MessageArguments
  ) {
    var named = named
    named["limit"] = .figure(.whole(Double(InputLimits.holidays)))
    report(
      .outOfRange, Message(key, named), at: location,
      hint: Message(CalendarFileMessages.tooManyHint))
  }

  /// The days of the ICS file `{ics: file}` names: none when it cannot be used (reported at
  /// the `ics:` key, or in the file); nil when it gives more than `room` days or is one ICS
  /// file too many (reported).
  private mutating func icsDays(_ entries: [SourceNode.Entry], room: Int, key: String)
    -> [Decoded]?
  {
    typealias M = CalendarFileMessages
    rejectKeys(entries, besides: ["ics"], hint: Message(M.icsForm))
    guard let entry = entries.first(where: { $0.key == "ics" }) else { return [] }
    guard case .scalar(let path, _) = entry.value.value,
      !path.trimmingCharacters(in: .whitespaces).isEmpty
    else {
      wrongType(entry.value, expected: .string, key: "ics")
      return []
    }
    guard icsFiles > 0 else {
      report(
        .outOfRange,
        Message(M.tooManyFiles, ["key": .text(key), "count": .count(ICSCalendar.maximumFiles)]),
        at: entry.keyLocation, hint: Message(M.tooManyFilesHint))
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
        at: entry.keyLocation, M.passes, ["key": .text(key), "path": .text(path.clipped)])
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
    typealias M = CalendarFileMessages
    var named: MessageArguments = ["path": .text(path.clipped)]
    let fallback = Message(FileMessages.pathHint)
    let data: Data
    do {
      data = try readFile(path)
    } catch let failure as InventoryLoader.ReadFailure {
      named["reason"] = .message(failure.reason)
      report(
        failure.isMissing ? .icsMissing : .icsUnreadable, Message(M.cannotRead, named),
        at: location, hint: failure.hint ?? fallback)
      return nil
    } catch {
      report(.icsUnreadable, Message(M.cannotReadPlain, named), at: location, hint: fallback)
      return nil
    }
    guard data.count <= ICSCalendar.maximumSize else {
      named["limit"] = .text(ICSCalendar.maximumSizeText)
      report(
        .icsUnreadable, Message(M.tooLarge, named), at: location, hint: Message(M.tooLargeHint))
      return nil
    }
    return data
  }
}

import Foundation

extension Message {
  /// The message kept as `stored` (`Message.stored`) beside the English it rendered, its keys
  /// found in `keys`. The English as given, verbatim, when there is no stored form (a row from
  /// before messages were kept, inventory text), when it cannot be read (bad JSON, another
  /// version, an unknown id or kind of argument), or when it no longer renders that English
  /// (its pattern changed since): what was stored is what an English report shows.
  public init(stored: String?, english: String, keys: MessageKeyTable = .core) {
    guard let stored, let message = StoredMessageReader(keys: keys).read(stored),
      message.english == english
    else {
      self = .verbatim(english)
      return
    }
    self = message
  }
}

/// Reads the stored form back (`Message+Stored.swift` describes it); nil at the first thing it
/// does not know.
struct StoredMessageReader {
  let keys: MessageKeyTable

  func read(_ stored: String) -> Message? {
    guard
      let object = try? JSONSerialization.jsonObject(with: Data(stored.utf8)) as? [String: Any],
      object["v"] as? Int == Message.storedVersion
    else { return nil }
    return message(object)
  }

  private func message(_ object: [String: Any]) -> Message? {
    guard let id = object["id"] as? String, let key = keys[id] else { return nil }
    var arguments: MessageArguments = [:]
    for pair in object["a"] as? [Any] ?? [] {
      guard let pair = pair as? [Any], pair.count == 2, let name = pair[0] as? String,
        arguments[name] == nil, let value = argument(pair[1])
      else { return nil }
      arguments[name] = value
    }
    return Message(key, arguments)
  }

  private func argument(_ value: Any) -> MessageArgument? {
    guard let object = value as? [String: Any], let (kind, inner) = kindOf(object) else {
      return nil
    }
    switch kind {
    case "t": return (inner as? String).map { .text($0) }
    case "m": return (inner as? [String: Any]).flatMap(message).map { .message($0) }
    case "list":
      guard let items = inner as? [Any],
        let style = (object["style"] as? String)
          .flatMap(ListStyle.init(rawValue:))
      else { return nil }
      let arguments = items.compactMap(argument)
      return arguments.count == items.count ? .list(arguments, style) : nil
    case "quoted":
      guard let limit = object["limit"] as? Int else { return nil }
      return argument(inner).map { .quoted($0, limit: limit) }
    case "capitalised": return argument(inner).map { .capitalised($0) }
    default: return figure(kind, inner, object).map { .figure($0) }
    }
  }

  /// The argument's kind: the one key of its object that names one (`list` beside `style`).
  private func kindOf(_ object: [String: Any]) -> (String, Any)? {
    let modifiers: Set<String> = ["style", "limit", "currency", "places"]
    let kinds = object.filter { !modifiers.contains($0.key) }
    return kinds.count == 1 ? kinds.first.map { ($0.key, $0.value) } : nil
  }

  private func figure(_ kind: String, _ value: Any, _ object: [String: Any]) -> Figure? {
    let number = (value as? NSNumber)?.doubleValue
    let day = (value as? String).flatMap(Day.init(iso:))
    switch kind {
    case "count": return (value as? Int).map { .count($0) }
    case "whole": return number.map { .whole($0) }
    case "score": return number.map { .score($0) }
    case "percent": return number.map { .percent($0) }
    case "day": return day.map { .day($0) }
    case "shortDay": return day.map { .shortDay($0) }
    case "month": return (value as? Int).map { .month($0) }
    case "weekday": return (value as? String).flatMap(Weekday.init(rawValue:)).map { .weekday($0) }
    case "money":
      guard let number, let currency = object["currency"] as? String,
        let places = object["places"] as? Int
      else { return nil }
      return .money(number, currency: currency, places: places)
    default: return nil
    }
  }
}

import Foundation

/// Where `fixtures --post --expect-route` reads the identity an endpoint says it routed a body
/// to: a response header, or a field of its JSON answer (a dotted path).
public enum RouteAcknowledgement: Sendable, Equatable, CustomStringConvertible {
  case header(String)
  case json([String])

  /// `header:NAME` or `json:PATH`; nil for anything else.
  public init?(_ text: String) {
    let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
    guard parts.count == 2, !parts[1].isEmpty else { return nil }
    switch parts[0] {
    case "header"
    where parts[1].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }:
      self = .header(parts[1])
    case "json"
    where !parts[1].split(separator: ".", omittingEmptySubsequences: false)
      .contains(where: \.isEmpty):
      self = .json(parts[1].split(separator: ".").map(String.init))
    default: return nil
    }
  }

  public var description: String {
    switch self {
    case .header(let name): "\(name) header"
    case .json(let path): "\(path.joined(separator: ".")) in its JSON answer"
    }
  }
}

/// Compares the identity an endpoint says it routed a body to with the body's users: it must be
/// one of their ids (a phone number or a BSUID the body carries), never empty or another value.
public enum RouteCheck {
  /// Keys that hold a WhatsApp user's id in a webhook body.
  static let identityKeys: Set<String> = [
    "from", "from_user_id", "from_parent_user_id", "wa_id", "user_id", "parent_user_id",
    "recipient_id", "recipient_user_id", "recipient_parent_user_id", "previous_user_id",
    "previous_parent_user_id",
  ]

  /// Why the acknowledgement fails the body; nil when it names one of the body's user ids.
  /// `routeBy` is the manifest's field, named with its value in the failure.
  public static func failure(
    acknowledged: String?, routeBy: String, body: Data, source: RouteAcknowledgement
  ) -> String? {
    let json = (try? JSONSerialization.jsonObject(with: body)) ?? [:]
    let expected = first(routeBy, in: json).map { " \($0)" } ?? ""
    let wanted = "expected \(routeBy)\(expected)"
    guard let acknowledged else {
      return "the endpoint accepted the body but did not say where it routed it (no \(source));"
        + " \(wanted)"
    }
    if identities(in: json).contains(acknowledged) { return nil }
    return "the endpoint routed the body to '\(acknowledged.prefix(80))', none of its user's ids;"
      + " \(wanted)"
  }

  /// The text at `path` in a JSON answer (a string, or a number written as digits).
  public static func value(at path: [String], inAnswer answer: Data) -> String? {
    var current: Any? = try? JSONSerialization.jsonObject(with: answer)
    for step in path { current = (current as? [String: Any])?[step] }
    if let text = current as? String { return text }
    if let number = current as? NSNumber, !(current is Bool) { return number.stringValue }
    return nil
  }

  /// Every user id in the body's changes; the business's own number (`metadata`, a reply's
  /// `context`) and an ad's `referral` are not a user's.
  static func identities(in json: Any) -> Set<String> {
    var found: Set<String> = []
    func walk(_ value: Any) {
      if let object = value as? [String: Any] {
        for (key, inner) in object where !["metadata", "context", "referral"].contains(key) {
          if identityKeys.contains(key), let text = inner as? String, !text.isEmpty {
            found.insert(text)
          } else {
            walk(inner)
          }
        }
      } else if let list = value as? [Any] {
        list.forEach(walk)
      }
    }
    walk(json)
    return found
  }

  /// The first value of `key` in the body, outside `metadata`, `context` and `referral`.
  static func first(_ key: String, in json: Any) -> String? {
    if let object = json as? [String: Any] {
      if let text = object[key] as? String { return text }
      for name in object.keys.sorted() where !["metadata", "context", "referral"].contains(name) {
        if let found = first(key, in: object[name]!) { return found }
      }
    } else if let list = json as? [Any] {
      for inner in list { if let found = first(key, in: inner) { return found } }
    }
    return nil
  }
}

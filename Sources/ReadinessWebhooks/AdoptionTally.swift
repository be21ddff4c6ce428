import Foundation
import ReadinessCore

/// Counts from stored webhook bodies, per business phone number and week: how many users
/// already reach the business without a phone number. Memory grows with numbers × weeks only.
public struct AdoptionTally: Sendable {
  /// One business phone number's week (starting Monday).
  public struct Key: Hashable, Sendable, Comparable {
    public var phone: String
    public var week: Day
    public static func < (a: Key, b: Key) -> Bool { (a.phone, a.week) < (b.phone, b.week) }
  }

  public struct Counts: Sendable, Equatable {
    /// Incoming user messages (system messages excluded).
    public var inbound = 0
    /// Incoming messages without `from`: the phone number was not shared.
    public var withoutPhone = 0
    /// Incoming messages whose contact has `profile.username`.
    public var withUsername = 0
    /// `user_changed_number` and `user_changed_user_id` system messages.
    public var bsuidChanges = 0

    mutating func add(_ other: Counts) {
      inbound += other.inbound
      withoutPhone += other.withoutPhone
      withUsername += other.withUsername
      bsuidChanges += other.bsuidChanges
    }
  }

  public private(set) var counts: [Key: Counts] = [:]
  /// Values read that held no webhook body, or a message without a timestamp in
  /// `countedDays`: counted, skipped.
  public private(set) var malformed = 0
  /// Values read (a line, an array's element, a file), malformed ones included.
  public private(set) var bodies = 0
  /// Values with bodies, by how the body was kept (the first one's shape when several).
  public private(set) var shapes: [LogShape: Int] = [:]
  /// Values with bodies written over several lines (pretty-printed).
  public private(set) var multiLine = 0
  /// Values with bodies that were elements of a top-level array.
  public private(set) var inArrays = 0
  /// The first malformed value: its line, what it held, and where a body inside it is, when
  /// one is (for `--path`).
  public private(set) var firstMalformed: (line: Int, what: String, path: String?)?
  /// A dotted path to the body in each value (`measure --path`), tried before the envelopes
  /// `WebhookEnvelope` knows.
  public var path: [String] = []

  /// The days a message's timestamp may fall on: the whole weeks (Monday 2000-01-03 to Sunday
  /// 2100-12-26) inside the dates an inventory accepts (`InputLimits`), so that every week and
  /// `measured_to` written can be read back. A body with a message outside them is malformed.
  public static let countedDays: ClosedRange<Day> = {
    let first = InputLimits.earliestDate
    let last = InputLimits.latestDate
    return first.adding(days: (8 - first.weekday) % 7)...last.adding(days: -(last.weekday % 7))
  }()

  public init(path: [String] = []) { self.path = path }

  /// Reads one stored value (a line, an array element or a whole file); blank ones are
  /// ignored. A value is counted whole or not at all.
  public mutating func add(_ bytes: Data) {
    add(JSONValueSplitter.Value(bytes: bytes, line: 1, multiLine: false, inArray: false))
  }

  /// Reads one value cut by `JSONValueSplitter`; a broken one (nil bytes) is malformed.
  public mutating func add(_ value: JSONValueSplitter.Value) {
    guard let bytes = value.bytes else {
      return skipMalformed(
        line: value.line, what: "a value that is cut short, not JSON or too long")
    }
    guard bytes.contains(where: { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A) }) else {
      return
    }
    let found: WebhookEnvelope.Found
    if path.isEmpty, let record = WebhookEnvelope.changes(inRecord: bytes) {
      found = record
    } else {
      guard let json = try? JSONSerialization.jsonObject(with: bytes) else {
        return skipMalformed(line: value.line, what: "text that is not JSON")
      }
      found = WebhookEnvelope.changes(in: json, path: path)
      guard !found.isEmpty else {
        let what = WebhookEnvelope.describe(json)
        let suggested = firstMalformed == nil ? WebhookEnvelope.suggestedPath(json) : nil
        return skipMalformed(
          line: value.line, what: path.isEmpty ? what : "\(what), with no body at --path",
          path: suggested)
      }
    }
    let shape = found[0].shape
    var counted: [(Key, Counts)] = []
    for change in found {
      guard let some = Self.counts(change.value) else {
        return skipMalformed(
          line: value.line, what: "a message without a timestamp from 2000 to 2100")
      }
      counted += some
    }
    bodies += 1
    shapes[shape, default: 0] += 1
    if value.multiLine { multiLine += 1 }
    if value.inArray { inArrays += 1 }
    for (key, count) in counted { counts[key, default: Counts()].add(count) }
  }

  /// Reads `values` on every core, in chunks whose tallies are merged in order: the same
  /// counts, and the same first malformed value, as adding them one by one.
  public mutating func add(_ values: [JSONValueSplitter.Value]) {
    let path = path
    let parts = values.concurrentChunks(minimumChunk: 256) { slice in
      var part = AdoptionTally(path: path)
      for value in slice { part.add(value) }
      return part
    }
    for part in parts { merge(part) }
  }

  /// Adds what `other` counted (another file of the same logs, or the values after these).
  public mutating func merge(_ other: AdoptionTally) {
    if firstMalformed == nil { firstMalformed = other.firstMalformed }
    for (key, count) in other.counts { counts[key, default: Counts()].add(count) }
    malformed += other.malformed
    bodies += other.bodies
    shapes.merge(other.shapes, uniquingKeysWith: +)
    multiLine += other.multiLine
    inArrays += other.inArrays
  }

  private mutating func skipMalformed(line: Int, what: String, path: String? = nil) {
    bodies += 1
    malformed += 1
    if firstMalformed == nil { firstMalformed = (line, what, path) }
  }

  /// One change's messages counted per number and week; nil when a message has no timestamp
  /// on a day in `countedDays`.
  private static func counts(_ value: [String: Any]) -> [(Key, Counts)]? {
    let metadata = value["metadata"] as? [String: Any]
    let phone = metadata?["display_phone_number"] as? String ?? "unknown"
    let contacts = value["contacts"] as? [[String: Any]] ?? []
    let usernames = Set(
      contacts.compactMap { contact -> String? in
        guard (contact["profile"] as? [String: Any])?["username"] is String else { return nil }
        return contact["user_id"] as? String ?? contact["wa_id"] as? String
      })
    var found: [(Key, Counts)] = []
    for message in value["messages"] as? [[String: Any]] ?? [] {
      guard let stamp = timestamp(message["timestamp"]) else { return nil }
      let day = Day(ordinal: stamp.quotientAndRemainder(dividingBy: 86_400).quotient)
      guard stamp >= 0, countedDays.contains(day) else { return nil }
      var count = Counts()
      if message["type"] as? String == "system" {
        let type = (message["system"] as? [String: Any])?["type"] as? String
        if type == "user_changed_number" || type == "user_changed_user_id" {
          count.bsuidChanges += 1
        }
      } else {
        count.inbound += 1
        // `from` null or empty is no phone number, as its absence is.
        let phone = (message["from"] as? String).flatMap { $0.isEmpty ? nil : $0 }
        if phone == nil { count.withoutPhone += 1 }
        let sender = message["from_user_id"] as? String ?? phone
        if let sender, usernames.contains(sender) { count.withUsername += 1 }
      }
      found.append((Key(phone: phone, week: Day(ordinal: day.ordinal - day.weekday + 1)), count))
    }
    return found
  }

  /// Meta's timestamps are strings of Unix seconds; logs rewritten by other tools hold numbers.
  private static func timestamp(_ value: Any?) -> Int? {
    // A literal true reads as 1, which is 1970 and so outside `countedDays`.
    if let text = value as? String { return Int(text) }
    if let whole = value as? Int { return whole }
    guard let real = value as? Double, real == real.rounded(), abs(real) < 1e15 else { return nil }
    return Int(real)
  }
}

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
  /// Lines or files that are not a webhook body, or hold a message without a timestamp in
  /// `countedDays`: counted, skipped.
  public private(set) var malformed = 0
  /// Bodies read, malformed ones included.
  public private(set) var bodies = 0

  /// The days a message's timestamp may fall on: the whole weeks (Monday 2000-01-03 to Sunday
  /// 2100-12-26) inside the dates an inventory accepts (`InputLimits`), so that every week and
  /// `measured_to` written can be read back. A body with a message outside them is malformed.
  public static let countedDays: ClosedRange<Day> = {
    let first = InputLimits.earliestDate
    let last = InputLimits.latestDate
    return first.adding(days: (8 - first.weekday) % 7)...last.adding(days: -(last.weekday % 7))
  }()

  public init() {}

  /// Reads one stored body (a JSON Lines line or a whole file); blank lines are ignored. A body
  /// is counted whole or not at all.
  public mutating func add(_ bytes: Data) {
    guard bytes.contains(where: { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A) }) else {
      return
    }
    bodies += 1
    guard let body = try? JSONSerialization.jsonObject(with: bytes) as? [String: Any],
      let entries = body["entry"] as? [[String: Any]]
    else {
      malformed += 1
      return
    }
    var found: [(Key, Counts)] = []
    for entry in entries {
      for change in entry["changes"] as? [[String: Any]] ?? [] {
        guard let value = change["value"] as? [String: Any] else { continue }
        guard let counted = Self.counts(value) else {
          malformed += 1
          return
        }
        found += counted
      }
    }
    for (key, count) in found { counts[key, default: Counts()].add(count) }
  }

  /// Adds what `other` counted (another file of the same logs).
  public mutating func merge(_ other: AdoptionTally) {
    for (key, count) in other.counts { counts[key, default: Counts()].add(count) }
    malformed += other.malformed
    bodies += other.bodies
  }

  /// Counts a body that could not be read whole (a line past the length limit).
  public mutating func skipMalformed() {
    bodies += 1
    malformed += 1
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
      guard let stamp = (message["timestamp"] as? String).flatMap(Int.init) else { return nil }
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
        if message["from"] == nil { count.withoutPhone += 1 }
        let sender = message["from_user_id"] as? String ?? message["from"] as? String
        if let sender, usernames.contains(sender) { count.withUsername += 1 }
      }
      found.append((Key(phone: phone, week: Day(ordinal: day.ordinal - day.weekday + 1)), count))
    }
    return found
  }
}

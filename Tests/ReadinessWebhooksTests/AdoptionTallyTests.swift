import Foundation
import Testing

@testable import ReadinessCore
@testable import ReadinessWebhooks

/// `measure`'s counting: per business number and week, broken lines skipped and counted.
struct AdoptionTallyTests {
  /// An incoming text at `timestamp` to business number `phone`; `from` only when given.
  func message(phone: String = "31208081200", from: String?, username: Bool, timestamp: Int) -> Data
  {
    var message: [String: Any] = [
      "from_user_id": "NL.1", "id": "wamid.x", "timestamp": String(timestamp), "type": "text",
    ]
    if let from { message["from"] = from }
    var profile: [String: Any] = ["name": "A"]
    if username { profile["username"] = "a.b" }
    let value: [String: Any] = [
      "metadata": ["display_phone_number": phone, "phone_number_id": "1"],
      "contacts": [["profile": profile, "user_id": "NL.1"]], "messages": [message],
    ]
    let body: [String: Any] = [
      "object": "whatsapp_business_account",
      "entry": [["id": "1", "changes": [["field": "messages", "value": value]]]],
    ]
    return try! JSONSerialization.data(withJSONObject: body)
  }

  func system(_ type: String, timestamp: Int) -> Data {
    Data(
      #"{"entry":[{"changes":[{"value":{"metadata":{"display_phone_number":"31208081200"},"messages":[{"id":"w","timestamp":"\#(timestamp)","type":"system","system":{"type":"\#(type)"}}]}}]}]}"#
        .utf8)
  }

  // 2026-09-01 is a Tuesday: its week starts Monday 2026-08-31; 2026-09-07 starts the next.
  let tuesday = 1_788_220_800
  let nextMonday = 1_788_220_800 + 6 * 86_400

  @Test func countsPerNumberAndWeek() {
    var tally = AdoptionTally()
    tally.add(message(from: "316", username: false, timestamp: tuesday))
    tally.add(message(from: "317", username: true, timestamp: tuesday))
    tally.add(message(from: nil, username: true, timestamp: tuesday))
    tally.add(message(from: nil, username: true, timestamp: nextMonday))
    tally.add(message(phone: "442038081200", from: "44", username: false, timestamp: tuesday))
    tally.add(system("user_changed_user_id", timestamp: tuesday))
    tally.add(system("user_changed_number", timestamp: tuesday))
    tally.add(system("something_else", timestamp: tuesday))
    let week = AdoptionTally.Key(phone: "31208081200", week: day("2026-08-31"))
    #expect(
      tally.counts[week]
        == AdoptionTally.Counts(inbound: 3, withoutPhone: 1, withUsername: 2, bsuidChanges: 2))
    let next = AdoptionTally.Key(phone: "31208081200", week: day("2026-09-07"))
    #expect(
      tally.counts[next]
        == AdoptionTally.Counts(inbound: 1, withoutPhone: 1, withUsername: 1, bsuidChanges: 0))
    #expect(tally.counts.count == 3)
    #expect(tally.malformed == 0 && tally.bodies == 8)
  }

  @Test func aBodyWithAnImpossibleTimestampIsMalformedAndCountsNothing() {
    var tally = AdoptionTally()
    // The first and last seconds of the counted weeks, then one either side of them.
    let first = AdoptionTally.countedDays.lowerBound.ordinal * 86_400
    let last = (AdoptionTally.countedDays.upperBound.ordinal + 1) * 86_400 - 1
    for stamp in [first, last, first - 1, last + 1, 0, Int.max, -86_400] {
      tally.add(message(from: "316", username: false, timestamp: stamp))
    }
    #expect(tally.bodies == 7 && tally.malformed == 5)
    #expect(tally.counts.values.map(\.inbound).reduce(0, +) == 2)
    #expect(InputLimits.contains(tally.counts.keys.map(\.week).min()!))
    #expect(InputLimits.contains(Day(ordinal: tally.counts.keys.map(\.week).max()!.ordinal + 6)))
    #expect(InputLimits.contains(Day(ordinal: AdoptionTally.countedDays.lowerBound.ordinal - 1)))
    #expect(
      AdoptionTally.countedDays
        == Day(year: 2000, month: 1, day: 3)!...Day(year: 2100, month: 12, day: 26)!)
  }

  @Test func mergeAddsAnotherFilesCounts() {
    var one = AdoptionTally()
    one.add(message(from: nil, username: true, timestamp: tuesday))
    var two = AdoptionTally()
    two.add(message(from: "316", username: false, timestamp: tuesday))
    two.add(Data("oops".utf8))
    one.merge(two)
    #expect(one.bodies == 3 && one.malformed == 1)
    #expect(
      one.counts.values.first
        == AdoptionTally.Counts(inbound: 2, withoutPhone: 1, withUsername: 1, bsuidChanges: 0))
  }

  @Test func brokenLinesAreCountedAndSkipped() {
    var tally = AdoptionTally()
    for line in [
      "not json", "{\"entry\": 5}", "[1,2]", "{\"entry\": [{\"changes\": [", "\u{FEFF}", "   ", "",
    ] {
      tally.add(Data(line.utf8))
    }
    tally.add(message(from: nil, username: true, timestamp: tuesday))
    tally.add(JSONValueSplitter.Value(bytes: nil, line: 9, multiLine: false, inArray: false))
    // Blank lines are not bodies; the byte-order mark alone is not JSON.
    #expect(tally.bodies == 7 && tally.malformed == 6)
    #expect(tally.counts.values.map(\.inbound) == [1])
    #expect(tally.firstMalformed?.what == "text that is not JSON")
  }

  @Test func yamlGivesSharesAndQuotesWhatTheLogSays() {
    var tally = AdoptionTally()
    tally.add(message(phone: "31\"\n: x", from: nil, username: true, timestamp: tuesday))
    tally.add(message(phone: "31\"\n: x", from: "316", username: false, timestamp: tuesday))
    tally.add(message(phone: "31\"\n: x", from: "317", username: false, timestamp: tuesday))
    tally.add(Data("oops".utf8))
    let yaml = ObservedAdoption.yaml(tally)
    #expect(
      yaml.contains(
        "  measured_to: 2026-09-06\n  sample_size: 3\n  username_share: 0.3333\n  without_phone_share: 0.3333\n"
      ))
    #expect(yaml.contains("  malformed_skipped: 1\n"))
    #expect(
      yaml.contains(
        #"    - { phone: "31\"\u000a: x", week: 2026-08-31, inbound: 3, without_phone: 1, usernames: 1, bsuid_changes: 0 }"#
      ))
    #expect(
      ObservedAdoption.yaml(AdoptionTally()).contains("  sample_size: 0\n  username_share: 0\n"))
  }

  @Test func aBatchOnEveryCoreCountsAsOneByOne() {
    var values: [JSONValueSplitter.Value] = []
    for index in 0..<5_000 {
      let bytes: Data? =
        index % 997 == 13
        ? nil
        : index % 1_501 == 7
          ? Data("{\"x\": \(index)}".utf8)
          : message(
            from: index % 3 == 0 ? nil : "316", username: index % 2 == 0,
            timestamp: 1_788_220_800 + index * 600)
      values.append(.init(bytes: bytes, line: index + 1, multiLine: false, inArray: false))
    }
    var single = AdoptionTally()
    for value in values { single.add(value) }
    var batched = AdoptionTally()
    batched.add(Array(values[..<1_234]))
    batched.add(Array(values[1_234...]))
    #expect(batched.counts == single.counts)
    #expect(batched.malformed == single.malformed && batched.bodies == single.bodies)
    #expect(batched.firstMalformed?.line == 8 && single.firstMalformed?.line == 8)
    #expect(batched.firstMalformed?.what == single.firstMalformed?.what)
  }
}

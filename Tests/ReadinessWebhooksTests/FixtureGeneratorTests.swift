import Foundation
import Testing

@testable import ReadinessCore
@testable import ReadinessWebhooks

/// The webhook bodies `fixtures` writes: which files, which fields per user state, determinism.
struct FixtureGeneratorTests {
  /// Two WABAs (one with parent BSUIDs), an inbound flow on each and an outbound flow.
  func sample(name: String = "Flow in") throws -> (files: [FixtureFile], manifest: FixtureManifest)
  {
    let input = inventory {
      $0.programme.wabas = [
        waba("waba-nl", portfolio: "bp") {
          $0.phoneNumbers = [BusinessPhoneNumber(number: "+31 20 808 1200")]
        },
        waba("waba-group", portfolio: "bp") { $0.parentBSUID = true },
      ]
      $0.flows = [
        flow("in", .clickToWhatsApp, keyedOn: .phone) { $0.name = name },
        flow("out", .campaign, keyedOn: .phone),
        flow("bot/ü", .botJourney, keyedOn: .bsuid) { $0.waba = "waba-group" },
      ]
    }
    return FixtureGenerator.generate(input, matrix: try assess(input).flows, seed: 7)
  }

  func body(_ files: [FixtureFile], _ name: String) throws -> [String: Any] {
    let file = try #require(files.first { $0.name == name }, "no \(name)")
    return try #require(try JSONSerialization.jsonObject(with: file.bytes) as? [String: Any])
  }

  /// `entry[0].changes[0].value` of a body.
  func value(_ body: [String: Any]) throws -> [String: Any] {
    let entry = try #require((body["entry"] as? [[String: Any]])?.first)
    let change = try #require((entry["changes"] as? [[String: Any]])?.first)
    return try #require(change["value"] as? [String: Any])
  }

  @Test func writesThreeStatesPerFlowThatIsNotOutboundAndTheEventsPerWABA() throws {
    let (files, manifest) = try sample()
    let names = files.map(\.name)
    #expect(
      names.filter { $0.hasPrefix("message-") } == [
        "message-01-in-S-A.json", "message-01-in-S-B.json", "message-01-in-S-C.json",
        "message-03-bot__-S-A.json", "message-03-bot__-S-B.json", "message-03-bot__-S-C.json",
      ])
    // Per WABA: 7 statuses, 2 system messages, 2 shared contacts and a batch.
    #expect(names.filter { $0.contains("-waba-nl-") }.count == 11)
    #expect(names.filter { $0.contains("-waba-group-") }.count == 11)
    #expect(
      names.filter { $0.hasPrefix("batch-") } == ["batch-waba-nl.json", "batch-waba-group.json"])
    #expect(names.last == "manifest.json")
    #expect(manifest.files.map(\.file) == Array(names.dropLast()))
  }

  @Test func stateCHasNoPhoneAndIsRoutedByTheBSUID() throws {
    let (files, manifest) = try sample()
    let valueA = try value(try body(files, "message-01-in-S-A.json"))
    let valueC = try value(try body(files, "message-01-in-S-C.json"))
    let contactA = try #require((valueA["contacts"] as? [[String: Any]])?.first)
    let contactC = try #require((valueC["contacts"] as? [[String: Any]])?.first)
    let messageC = try #require((valueC["messages"] as? [[String: Any]])?.first)
    #expect(contactA["wa_id"] != nil && (contactA["profile"] as? [String: Any])?["username"] == nil)
    #expect(contactC["wa_id"] == nil && messageC["from"] == nil)
    #expect((contactC["profile"] as? [String: Any])?["username"] != nil)
    #expect(messageC["from_user_id"] as? String == contactC["user_id"] as? String)
    #expect(contactC["parent_user_id"] == nil)
    let entry = try #require(manifest.files.first { $0.file == "message-01-in-S-C.json" })
    #expect(entry.routeBy == "from_user_id")
    // A flow keyed on the phone breaks for username-only users; S-A still works.
    #expect(entry.predictedOutcome == "breaks")
    #expect(
      manifest.files.first { $0.file == "message-01-in-S-A.json" }?.predictedOutcome == "works")
    #expect(manifest.files.first { $0.file == "message-01-in-S-A.json" }?.routeBy == "from")
  }

  @Test func parentBSUIDFieldsOnlyOnTheWABAThatHasThem() throws {
    let (files, _) = try sample()
    let value = try value(try body(files, "message-03-bot__-S-B.json"))
    let contact = try #require((value["contacts"] as? [[String: Any]])?.first)
    let message = try #require((value["messages"] as? [[String: Any]])?.first)
    let parent = try #require(contact["parent_user_id"] as? String)
    #expect(parent.contains(".ENT."))
    #expect(message["from_parent_user_id"] as? String == parent)
    let nl = try self.value(try body(files, "message-01-in-S-B.json"))
    #expect((nl["metadata"] as? [String: Any])?["display_phone_number"] as? String == "31208081200")
  }

  @Test func statusesCarryContactsExceptFailed() throws {
    let (files, _) = try sample()
    let sent = try value(try body(files, "status-waba-nl-sent-to-bsuid.json"))
    let failed = try value(try body(files, "status-waba-nl-failed-to-phone.json"))
    let sentStatus = try #require((sent["statuses"] as? [[String: Any]])?.first)
    #expect(sentStatus["recipient_user_id"] != nil && sentStatus["recipient_id"] == nil)
    let sentContact = try #require((sent["contacts"] as? [[String: Any]])?.first)
    #expect((sentContact["profile"] as? [String: Any])?["username"] == nil)
    let failedStatus = try #require((failed["statuses"] as? [[String: Any]])?.first)
    #expect(failed["contacts"] == nil && failedStatus["recipient_user_id"] == nil)
    #expect(failedStatus["recipient_id"] != nil)
    // Real failures to a phone number carry contacts[] with the wa_id alone; a failure to a
    // BSUID names it and has no contacts.
    let observed = try value(try body(files, "status-waba-nl-failed-to-phone-observed.json"))
    let observedContacts = try #require(observed["contacts"] as? [[String: Any]])
    #expect(observedContacts.count == 1 && Array(observedContacts[0].keys) == ["wa_id"])
    let toBSUID = try value(try body(files, "status-waba-nl-failed-to-bsuid.json"))
    let toBSUIDStatus = try #require((toBSUID["statuses"] as? [[String: Any]])?.first)
    #expect(toBSUID["contacts"] == nil && toBSUIDStatus["recipient_user_id"] != nil)
    #expect(toBSUIDStatus["recipient_id"] == nil)
    // A delivered status to a phone number as real traffic has it: {wa_id, user_id}.
    let delivered = try value(try body(files, "status-waba-nl-delivered-to-phone.json"))
    let deliveredContact = try #require((delivered["contacts"] as? [[String: Any]])?.first)
    #expect(Set(deliveredContact.keys) == ["wa_id", "user_id"])
  }

  @Test func aBatchHoldsTwoEntriesAndThreeChanges() throws {
    let (files, _) = try sample()
    let batch = try body(files, "batch-waba-nl.json")
    let entries = try #require(batch["entry"] as? [[String: Any]])
    #expect(entries.map { ($0["changes"] as? [Any])?.count } == [2, 1])
    let first = try #require((entries[0]["changes"] as? [[String: Any]])?.map { $0["value"] })
    let senders = first.compactMap { (($0 as? [String: Any])?["messages"] as? [[String: Any]])?[0] }
    #expect(senders.map { $0["from"] != nil } == [true, false])
  }

  @Test func adMessagesCarryTheReferralAndRepliesTheContext() throws {
    let (files, manifest) = try sample()
    for entry in manifest.files where entry.kind == "message" {
      let message = try #require(
        (try value(try body(files, entry.file))["messages"] as? [[String: Any]])?.first)
      let ad = entry.flow == "in"
      #expect(
        (message["referral"] as? [String: Any])?["source_type"] as? String == (ad ? "ad" : nil))
      #expect((message["context"] != nil) == (!ad && entry.state == "S-B"), "\(entry.file)")
    }
  }

  @Test func systemMessagesNameThePreviousBSUID() throws {
    let (files, _) = try sample()
    for type in ["user_changed_number", "user_changed_user_id"] {
      let value = try value(try body(files, "system-waba-nl-\(type).json"))
      let message = try #require((value["messages"] as? [[String: Any]])?.first)
      let system = try #require(message["system"] as? [String: Any])
      #expect(value["contacts"] == nil)
      #expect(system["type"] as? String == type)
      // Meta's syntax: `from` alone when the number can be shared, else `from_user_id`.
      let phone = type == "user_changed_number"
      #expect((message["from"] != nil) == phone && (message["from_user_id"] != nil) == !phone)
      if !phone {
        #expect(system["previous_user_id"] as? String == message["from_user_id"] as? String)
      }
      #expect(system["previous_user_id"] as? String != system["user_id"] as? String)
      #expect((system["wa_id"] != nil) == (type == "user_changed_number"))
    }
  }

  @Test func bsuidsFollowMetasFormat() throws {
    let (_, manifest) = try sample()
    for id in manifest.files.compactMap(\.userID) {
      #expect(id.wholeMatch(of: /[A-Z]{2}\.[A-Za-z0-9]{1,128}/) != nil, "\(id)")
    }
  }

  @Test func theSameSeedGivesTheSameBytesAndAnotherSeedOthers() throws {
    let first = try sample().files
    #expect(first.map(\.bytes) == (try sample().files.map(\.bytes)))
    var ids = FakeIDs(seed: 8)
    var same = FakeIDs(seed: 7)
    #expect(ids.user() != same.user())
  }

  @Test func hostileNamesStayInsideTheirString() throws {
    let hostile = "\"},{\"evil\": true} \\ </script> \u{0}\u{7} 💥 \u{202E}"
    let (files, manifest) = try sample(name: hostile)
    let message = try #require(
      (try value(try body(files, "message-01-in-S-A.json"))["messages"] as? [[String: Any]])?.first)
    #expect(
      (message["text"] as? [String: Any])?["body"] as? String
        == "Hello! I'm writing about \(hostile).")
    let decoded = try JSONDecoder().decode(
      FixtureManifest.self, from: try #require(files.last).bytes)
    #expect(decoded.files.first?.flowName == hostile)
    #expect(manifest.files.first?.flowName == hostile)
  }
}

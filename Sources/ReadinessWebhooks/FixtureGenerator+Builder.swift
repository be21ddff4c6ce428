import ReadinessCore

extension FixtureGenerator {
  /// Collects files and manifest entries, drawing ids and timestamps in a fixed order.
  struct Builder {
    var ids: FakeIDs
    var files: [FixtureFile] = []
    var entries: [FixtureEntry] = []
    var clock = FixtureGenerator.firstTimestamp

    init(ids: FakeIDs) { self.ids = ids }

    mutating func tick() -> Int {
      clock += 60
      return clock
    }

    mutating func add(_ body: JSONObject, _ entry: FixtureEntry) {
      files.append(FixtureFile(name: entry.file, bytes: FixtureGenerator.encode(body)))
      entries.append(entry)
    }

    /// The incoming message of `flow` from a user in `state`: S-A has no username, S-B a
    /// username and a shareable phone, S-C a username and no phone (no `from`, no `wa_id`).
    /// A Click-to-WhatsApp message carries the ad's `referral`; S-B of other flows replies to
    /// the business's message (`context`).
    mutating func message(
      _ flow: MessageFlow, index: Int, state: UserState, _ business: BusinessNumber,
      outcome: Outcome?
    ) {
      let user = ids.user()
      let phone = state != .c
      var extra: JSONObject = [:]
      if flow.kind == .clickToWhatsApp {
        extra["referral"] = referral(flow)
      } else if state == .b {
        extra["context"] = ["from": business.displayPhoneNumber, "id": ids.wamid()]
      }
      let body = WebhookBody.text(
        business, user: user, username: state != .a, phone: phone, id: ids.wamid(),
        timestamp: tick(), body: "Hello! I'm writing about \(flow.name).", extra: extra)
      let must =
        phone
        ? "Route by messages[].from (the phone number) and store contacts[].user_id with it."
        : "Route by messages[].from_user_id (the BSUID): this body has no from and no wa_id."
      let name =
        "message-\(String(format: "%02d", index))-\(FixtureGenerator.fileSafe(flow.id))-\(state.rawValue).json"
      add(
        body,
        FixtureEntry(
          file: name, kind: "message", waba: business.waba, flow: flow.id, flowName: flow.name,
          state: state.rawValue, routeBy: phone ? "from" : "from_user_id",
          endpointMust: must + parentNote(business), predictedOutcome: outcome?.rawValue,
          userID: user.userID))
    }

    /// Per account: statuses, both BSUID-change system messages, both shared-contact bodies
    /// and a batched body.
    mutating func accountEvents(_ business: BusinessNumber) {
      let waba = FixtureGenerator.fileSafe(business.waba)
      let user = ids.user()
      statuses(business, user: user)
      for type in ["user_changed_number", "user_changed_user_id"] {
        var new = ids.user()
        new.name = user.name
        add(
          WebhookBody.system(
            business, type: type, old: user, new: new, id: ids.wamid(), timestamp: tick()),
          FixtureEntry(
            file: "system-\(waba)-\(type).json", kind: "system", waba: business.waba,
            routeBy: "previous_user_id",
            endpointMust:
              "Find the user by system.previous_user_id and replace the stored BSUID with system.user_id"
              + (type == "user_changed_number"
                ? " and the phone number with system.wa_id." : "; no phone number is shared."),
            userID: new.userID))
      }
      for origin in ["contact_request", "other"] {
        add(
          WebhookBody.sharedContact(
            business, user: user, origin: origin, id: ids.wamid(), timestamp: tick()),
          FixtureEntry(
            file: "contacts-\(waba)-\(origin).json", kind: "contacts", waba: business.waba,
            routeBy: "from_user_id",
            endpointMust:
              "Route by messages[].from_user_id and store the shared messages[].contacts[].phones[].wa_id with the BSUID.",
            userID: user.userID))
      }
      batch(business, waba: waba)
    }

    /// The ad a Click-to-WhatsApp user tapped, as Meta's `referral` describes it.
    mutating func referral(_ flow: MessageFlow) -> JSONObject {
      let ad = ids.digits(15)
      return [
        "source_url": "https://fb.me/\(ids.alphanumeric(9))", "source_id": ad, "source_type": "ad",
        "headline": flow.name, "body": "Message us on WhatsApp", "media_type": "image",
        "image_url": "https://scontent.xx.fbcdn.net/v/t45.1600-4/\(ad).jpg",
        "ctwa_clid": ids.alphanumeric(48),
      ]
    }

    func parentNote(_ business: BusinessNumber) -> String {
      business.parentBSUID
        ? " Keep the parent BSUID (parent_user_id) for lookups across portfolios." : ""
    }
  }
}

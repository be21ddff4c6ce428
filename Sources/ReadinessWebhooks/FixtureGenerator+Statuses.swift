extension FixtureGenerator.Builder {
  /// Per account, the statuses of messages the business sent: `sent`, `delivered` and `read` to
  /// a BSUID as Meta documents them, `delivered` to a phone number with `contacts[]` as real
  /// traffic has it (`{wa_id, user_id}`), and `failed` three ways: to a BSUID, and to a phone
  /// number as documented (no `contacts`) and as observed (`contacts: [{wa_id}]`).
  mutating func statuses(_ business: BusinessNumber, user: FakeUser) {
    let waba = FixtureGenerator.fileSafe(business.waba)
    let byBSUID =
      "Match the status to the sent message by id; the user is statuses[].recipient_user_id."
    for status in ["sent", "delivered", "read", "failed"] {
      add(
        WebhookBody.status(
          business, status: status, user: user, toPhone: false, id: ids.wamid(), timestamp: tick()),
        FixtureEntry(
          file: "status-\(waba)-\(status)-to-bsuid.json", kind: "status", waba: business.waba,
          routeBy: "recipient_user_id",
          endpointMust: byBSUID + " No recipient_id, no wa_id"
            + (status == "failed" ? ", no contacts: mark the message failed." : "."),
          userID: user.userID))
    }
    add(
      WebhookBody.status(
        business, status: "delivered", user: user, toPhone: true, id: ids.wamid(),
        timestamp: tick(), contacts: .observed),
      FixtureEntry(
        file: "status-\(waba)-delivered-to-phone.json", kind: "status", waba: business.waba,
        routeBy: "recipient_id",
        endpointMust: byBSUID
          + " Store contacts[].user_id with wa_id; this contact has no profile, as in real traffic.",
        userID: user.userID))
    for (suffix, contacts) in [
      ("", WebhookBody.StatusContacts.documented), ("-observed", .observed),
    ] {
      add(
        WebhookBody.status(
          business, status: "failed", user: user, toPhone: true, id: ids.wamid(),
          timestamp: tick(), contacts: contacts),
        FixtureEntry(
          file: "status-\(waba)-failed-to-phone\(suffix).json", kind: "status",
          waba: business.waba, routeBy: "recipient_id",
          endpointMust: "Mark the message failed: a failed status sent to a phone number has no"
            + " recipient_user_id and "
            + (contacts == .documented
              ? "no contacts, as Meta documents it."
              : "contacts[] holds only the wa_id, as real failures do.")))
    }
  }

  /// One body as Meta batches updates: an entry with two users' messages (one with a phone
  /// number, one with a username only) and a second entry with a status.
  mutating func batch(_ business: BusinessNumber, waba: String) {
    let (shared, hidden) = (ids.user(), ids.user())
    let messages = [(shared, true), (hidden, false)].map { user, phone in
      WebhookBody.text(
        business, user: user, username: !phone, phone: phone, id: ids.wamid(),
        timestamp: tick(), body: "Two messages and a status in one body.")
    }
    let status = WebhookBody.status(
      business, status: "read", user: shared, toPhone: false, id: ids.wamid(), timestamp: tick())
    add(
      WebhookBody.batch(messages, apart: [status]),
      FixtureEntry(
        file: "batch-\(waba).json", kind: "batch", waba: business.waba, routeBy: "from_user_id",
        endpointMust:
          "Read every entry and every change: two messages (the second from a username-only user,"
          + " routed by from_user_id) and a read status. Reading entry[0].changes[0] alone loses two.",
        userID: hidden.userID))
  }
}

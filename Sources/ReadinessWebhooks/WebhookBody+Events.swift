/// Status, system and shared-contact bodies.
extension WebhookBody {
  /// How a status's `contacts[]` is written.
  enum StatusContacts {
    /// As Meta's documentation shows it: none on `failed`, the profile on the others.
    case documented
    /// As real traffic has it: `{wa_id, user_id}` without a profile, and `{wa_id}` alone on a
    /// `failed` status sent to a phone number.
    case observed
  }

  /// The status of a message the business sent. `sent`, `delivered` and `read` carry the new
  /// `contacts[]` and `recipient_user_id` (`username` not on `sent`); `recipient_id` and
  /// `wa_id` only when sent to the phone number or the phone can be shared. A `failed` status
  /// has no `recipient_user_id` when it was sent to a phone number.
  static func status(
    _ business: BusinessNumber, status: String, user: FakeUser, toPhone: Bool, id: String,
    timestamp: Int, contacts: StatusContacts = .documented
  ) -> JSONObject {
    let parent = business.parentBSUID
    var entry: JSONObject = ["id": id, "status": status, "timestamp": String(timestamp)]
    if toPhone { entry["recipient_id"] = user.waID }
    var value: JSONObject = [:]
    if status == "failed" {
      if !toPhone {
        entry["recipient_user_id"] = user.userID
        if parent { entry["recipient_parent_user_id"] = user.parentUserID }
      }
      if contacts == .observed, toPhone { value["contacts"] = [["wa_id": user.waID]] }
      entry["errors"] = [
        [
          "code": 131049,
          "title": "This message was not delivered to maintain healthy ecosystem engagement.",
          "message": "This message was not delivered to maintain healthy ecosystem engagement.",
          "error_data": [
            "details":
              "In order to maintain a healthy ecosystem engagement, the message failed to be delivered."
          ],
          "href": "/documentation/business-messaging/whatsapp/support/error-codes",
        ]
      ]
    } else {
      entry["recipient_user_id"] = user.userID
      if parent { entry["recipient_parent_user_id"] = user.parentUserID }
      if status != "read" {
        entry["pricing"] = [
          "billable": true, "pricing_model": "PMP", "type": "regular", "category": "utility",
        ]
      }
      value["contacts"] = [
        contacts == .observed
          ? ["wa_id": user.waID, "user_id": user.userID]
          : contact(user, username: status != "sent", phone: toPhone, parent: parent)
      ]
    }
    value["statuses"] = [entry]
    return envelope(business, value)
  }

  /// A system message for a BSUID change: `user_changed_number` when the new number can be
  /// shared (old number in `from`, new in `system.wa_id`), `user_changed_user_id` when not.
  /// Both carry `previous_user_id`; system messages have no `contacts` array. The sender is
  /// written as in Meta's syntax for system messages: `from` alone when there is a number,
  /// `from_user_id` when there is none.
  static func system(
    _ business: BusinessNumber, type: String, old: FakeUser, new: FakeUser, id: String,
    timestamp: Int
  ) -> JSONObject {
    let parent = business.parentBSUID
    let phone = type == "user_changed_number"
    var system: JSONObject = [
      "type": type, "user_id": new.userID, "previous_user_id": old.userID,
      "body": phone
        ? "User \(old.name) changed from \(old.waID) to \(new.waID)"
        : "User \(old.name) changed from \(old.userID) to \(new.userID)",
    ]
    if phone { system["wa_id"] = new.waID }
    if parent {
      system["parent_user_id"] = new.parentUserID
      system["previous_parent_user_id"] = old.parentUserID
    }
    var message: JSONObject =
      phone ? ["from": old.waID] : sender(old, phone: false, parent: parent)
    message["id"] = id
    message["timestamp"] = String(timestamp)
    message["type"] = "system"
    message["system"] = system
    return envelope(business, ["messages": [message]])
  }

  /// The `contacts` message of a user who shared their number: `origin` `contact_request`
  /// (tapped the REQUEST_CONTACT_INFO button, no `vcard`) or `other` (a contact card, with one).
  static func sharedContact(
    _ business: BusinessNumber, user: FakeUser, origin: String, id: String, timestamp: Int
  ) -> JSONObject {
    var card: JSONObject = [
      "origin": origin, "name": ["formatted_name": user.name],
      "phones": [["phone": "+" + user.waID, "wa_id": user.waID, "type": "CELL"]],
    ]
    if origin != "contact_request" {
      card["vcard"] =
        "BEGIN:VCARD\nVERSION:3.0\nFN:\(user.name)\nTEL;type=CELL;waid=\(user.waID):+\(user.waID)\nEND:VCARD"
    }
    var message = sender(user, phone: false, parent: business.parentBSUID)
    message["id"] = id
    message["timestamp"] = String(timestamp)
    message["type"] = "contacts"
    message["contacts"] = [card]
    return envelope(
      business,
      [
        "contacts": [contact(user, username: true, phone: false, parent: business.parentBSUID)],
        "messages": [message],
      ])
  }
}

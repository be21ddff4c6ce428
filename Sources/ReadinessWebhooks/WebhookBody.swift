/// A JSON object as `JSONSerialization` takes it.
typealias JSONObject = [String: Any]

/// The business side of a webhook: the account and the number that received it.
struct BusinessNumber {
  /// The WABA id in the inventory (the manifest names it); `entryID` is Meta's numeric id.
  var waba: String
  var entryID: String
  var displayPhoneNumber: String
  var phoneNumberID: String
  /// Parent BSUIDs enabled: webhooks carry `parent_user_id` and its derived fields.
  var parentBSUID: Bool
}

/// Builds Cloud API webhook bodies in the shapes of Meta's examples: absent fields are left
/// out, never empty.
enum WebhookBody {
  /// The envelope every body shares: `object`, `entry[].changes[].value` on the `messages` field.
  static func envelope(_ business: BusinessNumber, _ value: JSONObject) -> JSONObject {
    var value = value
    value["messaging_product"] = "whatsapp"
    value["metadata"] = [
      "display_phone_number": business.displayPhoneNumber,
      "phone_number_id": business.phoneNumberID,
    ]
    return [
      "object": "whatsapp_business_account",
      "entry": [["id": business.entryID, "changes": [["value": value, "field": "messages"]]]],
    ]
  }

  /// `contacts[0]`: the profile, `username` only when the user has one, `wa_id` only when the
  /// phone can be shared, `parent_user_id` only with parent BSUIDs.
  static func contact(
    _ user: FakeUser, username: Bool, phone: Bool, parent: Bool
  ) -> JSONObject {
    var profile: JSONObject = ["name": user.name]
    if username { profile["username"] = user.username }
    var contact: JSONObject = ["profile": profile, "user_id": user.userID]
    if phone { contact["wa_id"] = user.waID }
    if parent { contact["parent_user_id"] = user.parentUserID }
    return contact
  }

  /// The sender's ids on `messages[0]`: `from` only when the phone can be shared.
  static func sender(_ user: FakeUser, phone: Bool, parent: Bool) -> JSONObject {
    var message: JSONObject = ["from_user_id": user.userID]
    if phone { message["from"] = user.waID }
    if parent { message["from_parent_user_id"] = user.parentUserID }
    return message
  }

  /// An incoming text message; `extra` adds a reply's `context` or an ad's `referral`.
  static func text(
    _ business: BusinessNumber, user: FakeUser, username: Bool, phone: Bool, id: String,
    timestamp: Int, body: String, extra: JSONObject = [:]
  ) -> JSONObject {
    var message = sender(user, phone: phone, parent: business.parentBSUID)
    message["id"] = id
    message["timestamp"] = String(timestamp)
    message["type"] = "text"
    message["text"] = ["body": body]
    message.merge(extra) { $1 }
    return envelope(
      business,
      [
        "contacts": [contact(user, username: username, phone: phone, parent: business.parentBSUID)],
        "messages": [message],
      ])
  }
}

extension WebhookBody {
  /// Several bodies as Meta batches them: one entry holding every change of `together`, then
  /// one entry per body of `apart`.
  static func batch(_ together: [JSONObject], apart: [JSONObject]) -> JSONObject {
    func entries(_ body: JSONObject) -> [JSONObject] { body["entry"] as? [JSONObject] ?? [] }
    var first = entries(together[0])[0]
    first["changes"] = together.flatMap(entries).flatMap { $0["changes"] as? [Any] ?? [] }
    return ["object": "whatsapp_business_account", "entry": [first] + apart.flatMap(entries)]
  }
}

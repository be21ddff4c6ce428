import Foundation
import Testing

@testable import ReadinessWebhooks

/// The identities an endpoint may say it routed a body to: the user's, never the business's.
struct RouteCheckTests {
  static let body = Data(
    #"""
    {"entry": [{"changes": [{"value": {
      "metadata": {"display_phone_number": "31208081200", "phone_number_id": "1"},
      "contacts": [{"profile": {"name": "A"}, "user_id": "NL.abc123", "wa_id": "31612345678"}],
      "messages": [{"from": "31612345678", "from_user_id": "NL.abc123", "id": "wamid.x",
        "context": {"from": "31208081200", "id": "wamid.y"}}]}}]}]}
    """#.utf8)

  @Test func theUsersIdsPassTheBusinessNumberDoesNot() {
    let source = RouteAcknowledgement.header("X-Routed-To")
    for user in ["31612345678", "NL.abc123"] {
      #expect(
        RouteCheck.failure(acknowledged: user, routeBy: "from", body: Self.body, source: source)
          == nil)
    }
    for wrong in ["31208081200", "", "None", "1"] {
      let failure = RouteCheck.failure(
        acknowledged: wrong, routeBy: "from", body: Self.body, source: source)
      #expect(failure?.hasSuffix("none of its user's ids; expected from 31612345678") == true)
    }
    #expect(
      RouteCheck.failure(
        acknowledged: nil, routeBy: "from_user_id", body: Self.body, source: source)
        == "the endpoint accepted the body but did not say where it routed it (no X-Routed-To"
        + " header); expected from_user_id NL.abc123")
  }

  @Test func sourcesParseOrAreRefused() {
    #expect(RouteAcknowledgement("header:X-Routed-To") == .header("X-Routed-To"))
    #expect(RouteAcknowledgement("json:route.user") == .json(["route", "user"]))
    for bad in ["header:", "json:a..b", "cookie:x", "header:X Routed", "X-Routed-To"] {
      #expect(RouteAcknowledgement(bad) == nil, "\(bad)")
    }
    #expect(
      RouteCheck.value(at: ["route", "user"], inAnswer: Data(#"{"route":{"user":42}}"#.utf8))
        == "42")
    #expect(RouteCheck.value(at: ["ok"], inAnswer: Data(#"{"ok":true}"#.utf8)) == nil)
  }
}

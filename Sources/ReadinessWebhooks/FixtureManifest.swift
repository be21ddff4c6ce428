/// What `manifest.json` says about one fixture: where it comes from and what the endpoint must
/// do with it.
public struct FixtureEntry: Codable, Sendable, Equatable {
  public var file: String
  /// `message`, `status`, `system`, `contacts` or `batch`.
  public var kind: String
  /// The WABA id in the inventory, or the stand-in when the inventory has none.
  public var waba: String
  public var flow: String?
  public var flowName: String?
  /// `S-A`, `S-B` or `S-C` for incoming messages.
  public var state: String?
  /// The field the endpoint must key the conversation on: `from`, `from_user_id`,
  /// `recipient_user_id`, `recipient_id` or `previous_user_id`.
  public var routeBy: String
  /// What the endpoint must do, in words.
  public var endpointMust: String
  /// The identity matrix's outcome for the flow in this state.
  public var predictedOutcome: String?
  public var userID: String?

  enum CodingKeys: String, CodingKey {
    case file, kind, waba, flow, state
    case flowName = "flow_name"
    case routeBy = "route_by"
    case endpointMust = "endpoint_must"
    case predictedOutcome = "predicted_outcome"
    case userID = "user_id"
  }
}

/// `manifest.json`: the run's seed and one entry per fixture file, in file order.
public struct FixtureManifest: Codable, Sendable {
  public var generator = "bsuid-readiness fixtures"
  public var programme: String
  public var seed: UInt64
  /// How the bodies relate: each stands alone.
  public var bodies =
    "Each body stands alone: every one has its own fake user, so the bodies are not one"
    + " account's timeline. Timestamps are one minute apart, from 2026-09-01T00:00Z, in file order."
  public var files: [FixtureEntry]
}

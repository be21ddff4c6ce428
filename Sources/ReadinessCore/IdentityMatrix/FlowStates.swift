/// The three user states S-A, S-B and S-C (docs/readiness-model.md).
public enum UserState: String, CaseIterable, Sendable {
  /// No username: phone number (+ BSUID once adopted).
  case a = "S-A"
  /// Username, interaction in the last 30 days: BSUID + phone number.
  case b = "S-B"
  /// Username, no interaction in 30 days: BSUID only.
  case c = "S-C"
}

/// What happens to a flow in one user state.
public enum Outcome: String, CaseIterable, Sendable {
  case works, degraded, breaks, unaffected, unknown
}

/// One row of the identity-state matrix.
public struct FlowStates: Sendable {
  public var id: String
  public var name: String
  public var kind: FlowKind
  public var primaryIdentifier: PrimaryIdentifier
  public var owner: String?
  /// Outcomes for S-A, S-B, S-C in that order.
  public var outcomes: [UserState: Outcome]
  /// Why the S-C outcome is what it is, in English.
  public var reason: String
  /// The same reason as a message, for other languages.
  public var reasonMessage: Message

  /// A flow that is not outbound and breaks in S-C: conversations are lost silently.
  public var losesConversations: Bool { !kind.isOutbound && outcomes[.c] == .breaks }
  public init(
    id: String, name: String, kind: FlowKind, primaryIdentifier: PrimaryIdentifier,
    owner: String?, outcomes: [UserState: Outcome], reason: Message
  ) {
    self.id = id
    self.name = name
    self.kind = kind
    self.primaryIdentifier = primaryIdentifier
    self.owner = owner
    self.outcomes = outcomes
    self.reason = reason.english
    reasonMessage = reason
  }
}

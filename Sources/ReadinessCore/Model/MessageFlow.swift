/// A message flow in the `flows` section: a way conversations start or messages go out.
public struct MessageFlow: Sendable {
  public var id: String
  public var name: String
  public var kind: FlowKind
  /// Ids of the systems the flow runs through.
  public var systems: [String] = []
  /// Not given = `unknown`: the flow has not been audited (R-P1).
  public var primaryIdentifier: PrimaryIdentifier = .unknown
  public var needsPhoneFor: [PhoneNeed] = []
  /// Not given = `undecided` (R-P3 counts it as open).
  public var phoneRequest: PhoneRequest = .undecided
  /// Nil when not given, like `e2eTested`.
  public var phoneRequestValidated: Bool?
  public var e2eTested: Bool?
  public var monthlyConversations: Int?
  public var monthlyAdSpend: Money?
  /// Share of conversations from users with no interaction in 30 days; nil = upper bound 1.
  public var firstContactShare: Double?
  public var owner: String?
  /// Id of the WABA that receives the flow; nil = the programme's only WABA, if it has one.
  public var waba: String?
  public var location: SourceLocation?
  public var origin = SourceMap()

  public init(id: String, name: String, kind: FlowKind) {
    self.id = id
    self.name = name
    self.kind = kind
  }

  /// A flow needs a phone when `needs_phone_for` is non-empty.
  public var needsPhone: Bool { !needsPhoneFor.isEmpty }

  /// A `prompt`/`native_flow` request that has been validated.
  public var hasValidatedPhoneRequest: Bool { phoneRequest.asks && phoneRequestValidated == true }
}

/// An amount of money in one ISO 4217 currency.
public struct Money: Hashable, Sendable {
  public var amount: Double
  public var currency: String
  public init(amount: Double, currency: String) {
    self.amount = amount
    self.currency = currency
  }
}

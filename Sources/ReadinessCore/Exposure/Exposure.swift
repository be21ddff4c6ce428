/// Operational Silence exposure: what breaking flows lose per month.
public struct Exposure: Sendable {
  /// Adoption shares used, in inventory order (default 0.05, 0.20, 0.50).
  public var adoptions: [Double]
  /// Per adoption: totals over all breaking flows.
  public var scenarios: [ExposureScenario]
  /// Per breaking flow and adoption.
  public var flows: [FlowExposure]
  /// The scenario at the adoption measured in webhook logs, beside the assumed ones; nil
  /// without a usable observed adoption file.
  public var observed: ObservedExposure?
  /// The currencies whose every ad-spend amount in the inventory is whole: their figures are
  /// shown without decimals (IDR 211,600,000; docs/spec-readings.md).
  public var wholeCurrencies: Set<String> = []
  public init(
    adoptions: [Double], scenarios: [ExposureScenario], flows: [FlowExposure],
    observed: ObservedExposure? = nil
  ) {
    self.adoptions = adoptions
    self.scenarios = scenarios
    self.flows = flows
    self.observed = observed
  }
}

extension Exposure {
  /// Every currency of ad spend in a scenario, the observed one included, sorted: the
  /// currencies each scenario's totals are given in.
  public var currencies: [String] {
    Set((scenarios + [observed?.scenario].compactMap { $0 }).flatMap { $0.spend.map(\.currency) })
      .sorted()
  }
}

/// Totals at the observed adoption (the share of incoming messages without a phone number),
/// and the measurement behind it.
public struct ObservedExposure: Sendable {
  public var measurement: ObservedMeasurement
  public var scenario: ExposureScenario
  public init(measurement: ObservedMeasurement, scenario: ExposureScenario) {
    self.measurement = measurement
    self.scenario = scenario
  }
}

/// Totals at one adoption share.
public struct ExposureScenario: Sendable {
  public var adoption: Double
  /// Conversations at risk per month, rounded to a whole number.
  public var conversations: Double
  /// Ad spend at risk per month by ISO currency, rounded to 2 decimals; sorted by currency.
  public var spend: [Money]
  /// True when any contributing flow had no `first_contact_share` (counted as 1).
  public var upperBound: Bool
  public init(adoption: Double, conversations: Double, spend: [Money], upperBound: Bool) {
    self.adoption = adoption
    self.conversations = conversations
    self.spend = spend
    self.upperBound = upperBound
  }
  /// The ad spend at risk in `currency`: 0 when none is in it.
  public func spend(in currency: String) -> Double {
    spend.filter { $0.currency == currency }.reduce(0) { $0 + $1.amount }
  }
}

/// One breaking flow at one adoption share.
public struct FlowExposure: Sendable {
  public var flowID: String
  public var adoption: Double
  /// Unrounded conversations at risk per month.
  public var conversations: Double
  /// Unrounded ad spend at risk per month, nil without ad spend.
  public var spend: Money?
  /// `first_contact_share` was missing and counted as 1.
  public var upperBound: Bool
  public init(
    flowID: String, adoption: Double, conversations: Double, spend: Money?, upperBound: Bool
  ) {
    self.flowID = flowID
    self.adoption = adoption
    self.conversations = conversations
    self.spend = spend
    self.upperBound = upperBound
  }
}

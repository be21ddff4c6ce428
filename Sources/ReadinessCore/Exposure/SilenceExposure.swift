/// Operational Silence exposure: what flows that are not outbound and break in S-C
/// lose per month.
///
/// A missing `monthly_conversations` counts as 0; a missing `first_contact_share` counts as 1
/// and marks the figure as an upper bound. Scenario totals round conversations to whole numbers
/// and money to 2 decimals, per currency sorted by code.
enum SilenceExposure {
  /// Default shares of users with a username.
  static let defaultAdoptions = [0.05, 0.20, 0.50]

  /// The assumed scenarios at `adoptions`, and the observed one at `observed`'s share of
  /// messages without a phone number when it counted any.
  static func exposure(
    flows: [MessageFlow], rows: [FlowStates], adoptions: [Double],
    observed: ObservedMeasurement?
  ) -> Exposure {
    var exposure = exposure(flows: flows, rows: rows, adoptions: adoptions)
    if let observed, observed.isUsable,
      let scenario = Self.exposure(
        flows: flows, rows: rows, adoptions: [observed.withoutPhoneShare]
      ).scenarios.first
    {
      exposure.observed = ObservedExposure(measurement: observed, scenario: scenario)
    }
    return exposure
  }

  static func exposure(flows: [MessageFlow], rows: [FlowStates], adoptions: [Double]) -> Exposure {
    let breaking = Set(rows.filter(\.losesConversations).map(\.id))
    var perFlow: [FlowExposure] = []
    for flow in flows where breaking.contains(flow.id) {
      let share = flow.firstContactShare ?? 1
      for adoption in adoptions {
        let conversations = Double(flow.monthlyConversations ?? 0) * adoption * share
        let spend = flow.monthlyAdSpend.map {
          Money(amount: $0.amount * adoption * share, currency: $0.currency)
        }
        perFlow.append(
          FlowExposure(
            flowID: flow.id, adoption: adoption, conversations: conversations, spend: spend,
            upperBound: flow.firstContactShare == nil))
      }
    }
    let scenarios = adoptions.indices.map { index in
      let adoption = adoptions[index]
      // Per-flow rows are laid out flow by flow, one per adoption: pick this adoption's column.
      let column = stride(from: index, to: perFlow.count, by: max(adoptions.count, 1)).map {
        perFlow[$0]
      }
      var byCurrency: [String: Double] = [:]
      for row in column {
        if let spend = row.spend { byCurrency[spend.currency, default: 0] += spend.amount }
      }
      return ExposureScenario(
        adoption: adoption,
        conversations: DecimalRounding.whole(column.map(\.conversations).reduce(0, +)),
        spend: byCurrency.keys.sorted().map {
          Money(amount: DecimalRounding.cents(byCurrency[$0] ?? 0), currency: $0)
        },
        upperBound: column.contains(where: \.upperBound))
    }
    var exposure = Exposure(adoptions: adoptions, scenarios: scenarios, flows: perFlow)
    exposure.wholeCurrencies = wholeCurrencies(flows.compactMap(\.monthlyAdSpend))
    return exposure
  }

  /// The currencies none of whose `amounts` has a fraction.
  static func wholeCurrencies(_ amounts: [Money]) -> Set<String> {
    let fractional = Set(amounts.filter { $0.amount.rounded() != $0.amount }.map(\.currency))
    return Set(amounts.map(\.currency)).subtracting(fractional)
  }
}

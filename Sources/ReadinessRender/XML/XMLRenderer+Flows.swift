import ReadinessCore

extension XMLRenderer {
  /// `<flows>`: the identity-state matrix, one `<state>` per user state in S-A, S-B, S-C order.
  static func writeFlows(_ flows: [FlowStates], to writer: LibXMLWriter) {
    writer.element("flows", [:]) {
      for flow in flows {
        writer.element(
          "flow",
          [
            "id": flow.id, "kind": flow.kind.rawValue,
            "primary-identifier": flow.primaryIdentifier.rawValue, "name": flow.name,
            "owner": flow.owner, "reason": flow.reason,
          ]
        ) {
          for state in UserState.allCases {
            writer.element(
              "state", ["id": state.rawValue, "outcome": flow.outcomes[state]?.rawValue])
          }
        }
      }
    }
  }

  /// `<exposure>`: one `<scenario>` per adoption and currency, each repeating the
  /// adoption's total conversations; with no ad spend in any scenario, one per adoption without
  /// `spend` and `currency`. A currency a scenario lacks counts 0 there, so every adoption lists
  /// the same currencies. Then one `<flow-exposure>` per breaking flow and adoption.
  static func writeExposure(_ exposure: Exposure, to writer: LibXMLWriter) {
    let currencies = Set(exposure.scenarios.flatMap { $0.spend.map(\.currency) }).sorted()
    writer.element("exposure", [:]) {
      for scenario in exposure.scenarios {
        let common: (adoption: String, conversations: String, upperBound: String) = (
          XMLNumber.fraction(scenario.adoption), XMLNumber.whole(scenario.conversations),
          XMLNumber.boolean(scenario.upperBound)
        )
        if currencies.isEmpty {
          writer.element(
            "scenario",
            [
              "adoption": common.adoption, "conversations": common.conversations,
              "upper-bound": common.upperBound,
            ])
        }
        for currency in currencies {
          let amount = scenario.spend.filter { $0.currency == currency }.reduce(0) {
            $0 + $1.amount
          }
          writer.element(
            "scenario",
            [
              "adoption": common.adoption, "conversations": common.conversations,
              "spend": XMLNumber.money(amount), "currency": currency,
              "upper-bound": common.upperBound,
            ])
        }
      }
      for flow in exposure.flows {
        writer.element(
          "flow-exposure",
          [
            "flow": flow.flowID, "adoption": XMLNumber.fraction(flow.adoption),
            "conversations": XMLNumber.whole(flow.conversations),
            "spend": flow.spend.map { XMLNumber.money($0.amount) },
            "currency": flow.spend?.currency,
            "upper-bound": XMLNumber.boolean(flow.upperBound),
          ])
      }
    }
  }
}

import ReadinessCore

extension XMLRenderer {
  /// `<flows>`: the identity-state matrix, one `<state>` per user state in S-A, S-B, S-C order.
  static func writeFlows(_ flows: [FlowStates], _ wording: Wording, to writer: LibXMLWriter) {
    writer.element("flows", [:]) {
      for flow in flows {
        writer.element(
          "flow",
          [
            "id": flow.id, "kind": flow.kind.rawValue,
            "primary-identifier": flow.primaryIdentifier.rawValue, "name": flow.name,
            "owner": flow.owner, "reason": wording(flow.reasonMessage, english: flow.reason),
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
  /// the same currencies. The observed scenario follows the assumed ones the same way, marked
  /// `observed="true"` with its measurement. Then one `<flow-exposure>` per breaking flow and
  /// assumed adoption.
  static func writeExposure(_ exposure: Exposure, to writer: LibXMLWriter) {
    let currencies = exposure.currencies
    writer.element("exposure", [:]) {
      for scenario in exposure.scenarios {
        writeScenario(scenario, currencies: currencies, extra: [], to: writer)
      }
      if let observed = exposure.observed {
        let measurement = observed.measurement
        writeScenario(
          observed.scenario, currencies: currencies,
          extra: [
            ("observed", "true"), ("measured-to", measurement.measuredTo?.iso),
            ("sample-size", String(measurement.sampleSize)),
          ], to: writer)
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

  /// One `<scenario>` per currency (or one without spend), `extra` attributes last.
  private static func writeScenario(
    _ scenario: ExposureScenario, currencies: [String], extra: [(String, String?)],
    to writer: LibXMLWriter
  ) {
    let head: [(String, String?)] = [
      ("adoption", XMLNumber.fraction(scenario.adoption)),
      ("conversations", XMLNumber.whole(scenario.conversations)),
    ]
    let tail = [("upper-bound", Optional(XMLNumber.boolean(scenario.upperBound)))] + extra
    let spends: [[(String, String?)]] =
      currencies.isEmpty
      ? [[]]
      : currencies.map { currency in
        [("spend", XMLNumber.money(scenario.spend(in: currency))), ("currency", currency)]
      }
    for spend in spends {
      writer.start("scenario")
      for (key, value) in head + spend + tail { writer.attribute(key, value) }
      writer.end()
    }
  }
}

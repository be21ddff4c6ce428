import ReadinessCore

/// One flow of the identity-state matrix: its outcome in S-A, S-B and S-C.
struct HTMLFlowRow: Encodable {
  let id: String
  let name: String
  let kind: String
  let identifier: String
  let owner: String
  let cells: [HTMLOutcomeCell]
  let reason: String

  init(_ f: FlowStates, wording: Wording) {
    id = HTMLText.clean(f.id)
    name = HTMLText.clean(f.name, or: id)
    kind = wording(WordMessages.vocabulary(f.kind))
    identifier = wording(WordMessages.vocabulary(f.primaryIdentifier))
    owner = HTMLText.clean(f.owner, or: wording(BriefingMessages.unassigned))
    cells = UserState.allCases.map {
      HTMLOutcomeCell(state: $0, outcome: f.outcomes[$0] ?? .unknown, wording: wording)
    }
    reason = HTMLText.clean(wording(f.reasonMessage, english: f.reason))
  }
}

/// An outcome as a class for colour and as a symbol plus word for everyone else.
struct HTMLOutcomeCell: Encodable {
  let state: String
  let outcome: String
  let outcomeText: String
  let symbol: String

  init(state: UserState, outcome: Outcome, wording: Wording) {
    self.state = state.rawValue
    self.outcome = outcome.rawValue
    outcomeText = wording(WordMessages.vocabulary(outcome))
    symbol =
      switch outcome {
      case .works: "✓"
      case .degraded: "!"
      case .breaks: "✗"
      case .unaffected: "–"
      case .unknown: "?"
      }
  }
}

/// Operational Silence exposure: totals per adoption scenario and the breaking flows behind them.
struct HTMLExposureView: Encodable {
  let scenarios: [HTMLScenarioRow]
  /// The scenario at the adoption measured in webhook logs: none or one.
  let observed: [HTMLScenarioRow]
  let hasObserved: Bool
  let hasScenarios: Bool
  let headers: [HTMLScenarioRow]
  let flowRows: [HTMLExposureFlowRow]
  let hasFlowRows: Bool
  let anyUpperBound: Bool

  init(_ a: Assessment, wording: Wording) {
    let money = a.money
    scenarios = a.exposure.scenarios.map { HTMLScenarioRow($0, money: money, wording: wording) }
    observed =
      a.exposure.observed.map {
        [HTMLScenarioRow($0.scenario, observed: $0.measurement, money: money, wording: wording)]
      } ?? []
    hasObserved = !observed.isEmpty
    hasScenarios = !scenarios.isEmpty || hasObserved
    headers = scenarios
    var order: [String] = []
    var seen: Set<String> = []
    var byFlow: [FlowAtAdoption: FlowExposure] = [:]
    for f in a.exposure.flows {
      if seen.insert(f.flowID).inserted { order.append(f.flowID) }
      let key = FlowAtAdoption(flowID: f.flowID, adoption: f.adoption)
      if byFlow[key] == nil { byFlow[key] = f }
    }
    let names = Dictionary(
      a.flows.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    flowRows = order.map { id in
      let cells = a.exposure.adoptions.map { adoption in
        HTMLExposureCell(
          byFlow[FlowAtAdoption(flowID: id, adoption: adoption)], money: money, wording: wording)
      }
      return HTMLExposureFlowRow(
        id: HTMLText.clean(id), name: HTMLText.clean(names[id], or: HTMLText.clean(id)),
        cells: cells)
    }
    hasFlowRows = !flowRows.isEmpty
    anyUpperBound =
      a.exposure.scenarios.contains { $0.upperBound }
      || a.exposure.observed?.scenario.upperBound == true
  }
}

/// A breaking flow's figures are looked up by flow and adoption share.
private struct FlowAtAdoption: Hashable {
  let flowID: String
  let adoption: Double
}

/// Totals at one adoption share; `basis` says how an observed share was measured.
struct HTMLScenarioRow: Encodable {
  let adoption: String
  let basis: String
  let conversations: String
  let spend: String
  let upperBound: Bool

  init(
    _ s: ExposureScenario, observed: ObservedMeasurement? = nil, money: MoneyFormat,
    wording: Wording
  ) {
    adoption = wording.percent(fraction: s.adoption)
    basis = observed.map { HTMLText.clean(wording($0.basisMessage)) } ?? ""
    conversations = wording.figure(.whole(s.conversations))
    spend = Self.spend(s.spend.map { ($0.amount, $0.currency) }, money: money, wording: wording)
    upperBound = s.upperBound
  }

  /// Amounts in their currencies, `; `-separated; `no ad spend` when there are none.
  static func spend(_ amounts: [(Double, String)], money: MoneyFormat, wording: Wording) -> String {
    amounts.isEmpty
      ? wording(MarkdownControlMessages.noSpend)
      : wording.list(amounts.map { .figure(money.figure($0.0, $0.1)) }, .semicolon)
  }
}

/// One breaking flow across the adoption scenarios.
struct HTMLExposureFlowRow: Encodable {
  let id: String
  let name: String
  let cells: [HTMLExposureCell]
}

/// One breaking flow at one adoption share.
struct HTMLExposureCell: Encodable {
  let conversations: String
  let spend: String
  let hasSpend: Bool
  let upperBound: Bool

  init(_ f: FlowExposure?, money: MoneyFormat, wording: Wording) {
    conversations = wording.figure(.whole(f?.conversations ?? 0))
    hasSpend = f?.spend != nil
    spend = f?.spend.map { wording.figure(money.figure($0.amount, $0.currency)) } ?? ""
    upperBound = f?.upperBound ?? false
  }
}

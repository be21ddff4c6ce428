import ReadinessCore

/// The Flows sheet: each flow's outcome in S-A, S-B and S-C, then the exposure of the flows
/// that lose conversations at each adoption share.
enum FlowsSheet {
  static func fill(_ sheet: Sheet, _ assessment: Assessment) {
    let f = sheet.formats
    let flows = assessment.flows
    let columns: [(String, Double)] = [
      ("Flow", 16), ("Name", 24), ("Kind", 14), ("Primary identifier", 14), ("Owner", 14),
      ("S-A", 11), ("S-B", 11), ("S-C", 11), ("Why (S-C)", 40),
    ]
    sheet.header(
      0, columns, wrap: ["Flow", "Name", "Kind", "Primary identifier", "Owner", "Why (S-C)"])
    for (offset, flow) in flows.enumerated() {
      let row = offset + 1
      sheet.text(row, 0, flow.id)
      sheet.text(row, 1, flow.name)
      sheet.text(row, 2, flow.kind.words)
      sheet.text(row, 3, flow.primaryIdentifier.words)
      sheet.text(row, 4, flow.owner)
      for (column, state) in zip(5..., UserState.allCases) {
        let outcome = flow.outcomes[state] ?? .unknown
        sheet.text(row, column, outcome.rawValue, f.outcome[outcome])
      }
      sheet.text(row, 8, flow.reason)
    }
    sheet.table(headerRow: 0, lastRow: flows.count, columns: columns.count)
    let outcomeFills = Outcome.allCases.map { ($0.rawValue, f.outcome[$0]!) }
    for column in 5...7 {
      sheet.colourByText(column: column, rows: 1, flows.count, fills: outcomeFills)
    }
    exposure(sheet, assessment.exposure, below: flows.count + 2)
  }

  /// The exposure table: totals per adoption share (the observed one after the assumed ones),
  /// then each flow's share.
  private static func exposure(_ sheet: Sheet, _ exposure: Exposure, below top: Int) {
    let f = sheet.formats
    sheet.text(top, 0, "Operational Silence exposure per month", f.title)
    for (offset, title) in [
      "Flow", "Adoption", "Conversations", "Ad spend", "Currency", "Upper bound",
    ]
    .enumerated() {
      sheet.text(top + 1, offset, title, f.header)
    }
    var row = top + 2
    let observed = exposure.observed.map {
      [($0.scenario, "observed, \($0.measurement.basis)")]
    }
    for (scenario, label) in exposure.scenarios.map({ ($0, "all breaking flows") })
      + (observed ?? [])
    {
      sheet.text(row, 0, label, f.header)
      sheet.percent(row, 1, scenario.adoption)
      sheet.number(row, 2, scenario.conversations, f.count)
      sheet.flag(row, 5, scenario.upperBound)
      for money in scenario.spend {
        sheet.money(row, 3, money)
        sheet.text(row, 4, money.currency)
        row += 1
      }
      if scenario.spend.isEmpty { row += 1 }
    }
    for flow in exposure.flows {
      sheet.text(row, 0, flow.flowID)
      sheet.percent(row, 1, flow.adoption)
      sheet.number(row, 2, flow.conversations, f.count)
      sheet.money(row, 3, flow.spend)
      sheet.text(row, 4, flow.spend?.currency)
      sheet.flag(row, 5, flow.upperBound)
      row += 1
    }
  }
}

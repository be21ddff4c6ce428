import ReadinessCore

/// The Flows sheet: each flow's outcome in S-A, S-B and S-C, then the exposure of the flows
/// that lose conversations at each adoption share.
enum FlowsSheet {
  static func fill(_ sheet: Sheet, _ assessment: Assessment) {
    let f = sheet.formats
    let w = sheet.words
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
      sheet.text(row, 2, w.word(flow.kind))
      sheet.text(row, 3, w.word(flow.primaryIdentifier))
      sheet.text(row, 4, flow.owner)
      for (column, state) in zip(5..., UserState.allCases) {
        let outcome = flow.outcomes[state] ?? .unknown
        sheet.text(row, column, w.word(outcome), f.outcome[outcome])
      }
      sheet.text(row, 8, w(flow.reasonMessage))
    }
    sheet.table(headerRow: 0, lastRow: flows.count, columns: columns.count)
    let outcomeFills = Outcome.allCases.map { ($0.rawValue, w.word($0), f.outcome[$0]!) }
    for (column, state) in zip(5...7, UserState.allCases) {
      sheet.colour(
        column: column, rows: 1,
        codes: flows.map { ($0.outcomes[state] ?? .unknown).rawValue },
        codeColumn: columns.count + column - 5, fills: outcomeFills)
    }
    exposure(sheet, assessment.exposure, below: flows.count + 2)
  }

  /// The exposure table: totals per adoption share (the observed one after the assumed ones),
  /// then each flow's share.
  private static func exposure(_ sheet: Sheet, _ exposure: Exposure, below top: Int) {
    let f = sheet.formats
    let w = sheet.words
    sheet.text(top, 0, w(WorkbookMessages.exposure), f.title)
    for (offset, title) in [
      "Flow", "Adoption", "Conversations", "Ad spend", "Currency", "Upper bound",
    ]
    .enumerated() {
      sheet.text(top + 1, offset, WorkbookColumns.title(title, in: w.language), f.header)
    }
    var row = top + 2
    let observed = exposure.observed.map {
      [
        (
          $0.scenario,
          w(WorkbookMessages.observed, ["basis": .message($0.measurement.basisMessage)])
        )
      ]
    }
    for (scenario, label) in exposure.scenarios.map({ ($0, w(WorkbookMessages.allBreaking)) })
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

import ReadinessCore

/// The Summary sheet: the headline figures and the phase table the charts draw from.
enum SummarySheet {
  /// The phase table's header row; the phases follow it in roadmap order.
  static let phaseHeaderRow = 10

  static func fill(_ sheet: Sheet, _ assessment: Assessment) {
    let f = sheet.formats
    // The phase table first: it sets the columns' widths and wrapping the headline rows use.
    phases(sheet, assessment.phases)
    sheet.text(0, 0, "BSUID readiness", f.title)
    sheet.text(0, 1, assessment.programme.name, f.title)
    sheet.text(1, 0, "Organisation")
    sheet.text(1, 1, assessment.programme.organisation)
    sheet.text(2, 0, "As of")
    sheet.day(2, 1, assessment.asOf)
    sheet.text(3, 0, "Overall score (of 100)")
    sheet.number(3, 1, assessment.overall.score, f.score)
    sheet.text(3, 2, assessment.overall.rag.rawValue, f.rag[assessment.overall.rag])
    sheet.text(4, 0, "Why")
    sheet.merged(4, 1...8, assessment.overall.shownReason)
    if let set = assessment.overall.override {
      sheet.text(3, 3, "set by the PM: \(set.rag.rawValue)", f.rag[set.rag])
    }
    sheet.text(5, 0, "Planned finish")
    sheet.day(5, 1, assessment.schedule.plannedFinish)
    sheet.text(6, 0, "Forecast finish")
    sheet.day(6, 1, assessment.schedule.forecastFinish)
    sheet.text(7, 0, "Slip (working days)")
    sheet.number(7, 1, assessment.schedule.finishSlip.map(Double.init))
    let scenarios = assessment.exposure.scenarios
    if !scenarios.isEmpty {
      let middle = scenarios[scenarios.count / 2]
      sheet.text(8, 0, "Conversations at risk / month")
      sheet.number(8, 1, middle.conversations, f.count)
      sheet.text(8, 2, "at adoption")
      sheet.percent(8, 3, middle.adoption)
    }
  }

  private static func phases(_ sheet: Sheet, _ phases: [PhaseResult]) {
    let f = sheet.formats
    let top = phaseHeaderRow
    sheet.header(
      top,
      [
        ("Phase", 20), ("Start", 12), ("End", 12), ("Score", 10), ("Expected", 10), ("RAG", 8),
        ("Weight", 8), ("Why", 44), ("Set by the PM", 30),
      ], wrap: ["Phase", "Why", "Set by the PM"])
    for (offset, phase) in phases.enumerated() {
      let row = top + 1 + offset
      sheet.text(row, 0, phase.id.rawValue)
      sheet.day(row, 1, phase.start)
      sheet.day(row, 2, phase.end)
      sheet.number(row, 3, phase.score, f.score)
      sheet.number(row, 4, phase.expected, f.score)
      sheet.text(row, 5, phase.rag.rawValue, f.rag[phase.rag])
      sheet.number(row, 6, phase.weight, f.score)
      sheet.text(row, 7, phase.ragReason)
      sheet.text(row, 8, phase.override?.label)
    }
    sheet.colourByText(column: 5, rows: top + 1, top + phases.count, fills: ragFills(f))
    sheet.colourByText(column: 2, rows: 3, 3, fills: ragFills(f))
  }

  static func ragFills(_ f: Formats) -> [(String, Format)] {
    RAG.allCases.map { ($0.rawValue, f.rag[$0]!) }
  }
}

import ReadinessCore

/// The Summary sheet: the headline figures and the phase table the charts draw from.
enum SummarySheet {
  /// The phase table's header row; the phases follow it in roadmap order.
  static let phaseHeaderRow = 10
  /// The hidden column of the RAG codes the Summary's colours are keyed on in a language other
  /// than English (`Sheet.colour`).
  static let codeColumn = 9

  static func fill(_ sheet: Sheet, _ assessment: Assessment) {
    let f = sheet.formats
    let w = sheet.words
    typealias M = WorkbookMessages
    // The phase table first: it sets the columns' widths and wrapping the headline rows use.
    let overall = assessment.overall
    phases(sheet, assessment.phases, overall: overall.rag)
    sheet.text(0, 0, w(M.readiness), f.title)
    sheet.text(0, 1, assessment.programme.name, f.title)
    sheet.text(1, 0, w(M.organisation))
    sheet.text(1, 1, assessment.programme.organisation)
    sheet.text(2, 0, w(M.asOf))
    sheet.day(2, 1, assessment.asOf)
    sheet.text(3, 0, w(M.overallScore))
    sheet.number(3, 1, overall.score, f.score)
    sheet.text(3, 2, w(WordMessages.rag(overall.rag)), f.rag[overall.rag])
    sheet.text(4, 0, w(M.why))
    sheet.merged(4, 1...8, w(overall.shownReasonMessage))
    if let set = overall.override {
      sheet.text(3, 3, w(M.setRAG, ["rag": .word(WordMessages.rag(set.rag))]), f.rag[set.rag])
    }
    sheet.text(5, 0, w(M.plannedFinish))
    sheet.day(5, 1, assessment.schedule.plannedFinish)
    sheet.text(6, 0, w(M.forecastFinish))
    sheet.day(6, 1, assessment.schedule.forecastFinish)
    sheet.text(7, 0, w(M.slip))
    sheet.number(7, 1, assessment.schedule.finishSlip.map(Double.init))
    let scenarios = assessment.exposure.scenarios
    if !scenarios.isEmpty {
      let middle = scenarios[scenarios.count / 2]
      sheet.text(8, 0, w(M.atRisk))
      sheet.number(8, 1, middle.conversations, f.count)
      sheet.text(8, 2, w(M.atAdoption))
      sheet.percent(8, 3, middle.adoption)
    }
  }

  /// The phase table, and the colours of its RAGs and of the `overall` RAG above it.
  private static func phases(_ sheet: Sheet, _ phases: [PhaseResult], overall: RAG) {
    let f = sheet.formats
    let w = sheet.words
    let top = phaseHeaderRow
    sheet.header(
      top,
      [
        ("Phase", 20), ("Start", 12), ("End", 12), ("Score", 10), ("Expected", 10), ("RAG", 8),
        ("Weight", 8), ("Why", 44), ("Set by the PM", 30),
      ], wrap: ["Phase", "Why", "Set by the PM"])
    for (offset, phase) in phases.enumerated() {
      let row = top + 1 + offset
      sheet.text(row, 0, w(WordMessages.phase(phase.id)))
      sheet.day(row, 1, phase.start)
      sheet.day(row, 2, phase.end)
      sheet.number(row, 3, phase.score, f.score)
      sheet.number(row, 4, phase.expected, f.score)
      sheet.text(row, 5, w(WordMessages.rag(phase.rag)), f.rag[phase.rag])
      sheet.number(row, 6, phase.weight, f.score)
      sheet.text(row, 7, w(phase.reasonMessage))
      sheet.text(row, 8, phase.override.map { w($0.labelMessage) })
    }
    sheet.colour(
      column: 5, rows: top + 1, codes: phases.map(\.rag.rawValue), codeColumn: codeColumn,
      fills: ragFills(sheet))
    sheet.colour(
      column: 2, rows: 3, codes: [overall.rawValue], codeColumn: codeColumn, fills: ragFills(sheet))
  }

  /// The RAG fills by code, each with its word in the sheet's language.
  static func ragFills(_ sheet: Sheet) -> [(code: String, words: String, format: Format)] {
    RAG.allCases.map {
      ($0.rawValue, sheet.words(WordMessages.rag($0)), sheet.formats.rag[$0]!)
    }
  }
}

import ReadinessCore

/// The Trend sheet: every snapshot's overall and phase scores, oldest first; the Summary's
/// line chart reads columns A and B.
enum TrendSheet {
  static func fill(_ sheet: Sheet, _ trend: [TrendPoint]) {
    let f = sheet.formats
    let w = sheet.words
    let columns: [(String, Double)] =
      [("As of", 11), ("Overall", 10), ("RAG", 8)]
      + PhaseID.allCases.map { (w(WordMessages.phase($0)), 15) }
    sheet.header(0, columns)
    for (offset, point) in trend.enumerated() {
      let row = offset + 1
      sheet.day(row, 0, point.asOf)
      sheet.number(row, 1, point.overall.score, f.score)
      sheet.text(row, 2, w(WordMessages.rag(point.overall.rag)), f.rag[point.overall.rag])
      for phase in point.phases {
        guard let column = PhaseID.allCases.firstIndex(of: phase.id) else { continue }
        sheet.number(row, 3 + column, phase.score, f.score)
      }
    }
    sheet.table(headerRow: 0, lastRow: trend.count, columns: columns.count)
    sheet.colour(
      column: 2, rows: 1, codes: trend.map(\.overall.rag.rawValue), codeColumn: columns.count,
      fills: SummarySheet.ragFills(sheet))
  }
}

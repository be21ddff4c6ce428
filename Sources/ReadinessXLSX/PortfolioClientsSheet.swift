import CXLSXWriter
import ReadinessCore

/// The portfolio workbook's Clients sheet: the rows of `index.html`, worst first, numbers as
/// numbers; with a trend, each client's change since the previous run. Printed, two pages wide.
enum PortfolioClientsSheet {
  static func fill(_ sheet: Sheet, _ entries: [PortfolioEntry], trend: PortfolioTrend?) {
    let f = sheet.formats
    let phases = PhaseID.allCases
    var columns: [(String, Double)] = [
      ("Client", 20), ("File", 20), ("As of", 11), ("Overall", 9), ("RAG", 8), ("Why", 34),
    ]
    columns += phases.flatMap {
      [($0.rawValue.capitalized, 15), ("\($0.rawValue.capitalized) RAG", 8)]
    }
    columns += [
      ("Critical risks", 9), ("Conversations at risk / month", 14), ("At adoption", 10),
      ("Report", 24),
    ]
    let previous = trend?.previousAsOf
    if let previous {
      columns += [
        ("Change since \(previous)", 12), ("RAG on \(previous)", 11), ("New critical risks", 24),
      ]
    }
    sheet.header(0, columns, wrap: ["Client", "File", "Why", "Report", "New critical risks"])
    let phaseColumn = 6
    let after = phaseColumn + phases.count * 2
    for (offset, entry) in entries.enumerated() {
      let row = offset + 1
      sheet.text(row, 0, entry.name ?? entry.file)
      sheet.text(row, 1, entry.file)
      sheet.day(row, 2, entry.asOf)
      sheet.number(row, 3, entry.overall, f.score)
      sheet.text(row, 4, entry.rag?.rawValue)
      sheet.text(row, 5, entry.reason)
      for (index, phase) in phases.enumerated() {
        guard let found = entry.phases.first(where: { $0.id == phase }) else { continue }
        sheet.number(row, phaseColumn + index * 2, found.score, f.score)
        sheet.text(row, phaseColumn + index * 2 + 1, found.rag.rawValue)
      }
      sheet.number(row, after, entry.criticalRisks.map(Double.init), f.count)
      sheet.number(row, after + 1, entry.exposure, f.count)
      sheet.percent(row, after + 2, entry.exposureAdoption)
      sheet.text(row, after + 3, entry.report)
      if previous != nil, let change = trend?.change(of: entry) {
        sheet.number(row, after + 4, change.score.delta, f.delta)
        sheet.text(row, after + 5, change.score.fromRAG.rawValue)
        sheet.text(row, after + 6, change.newCriticalRisks.joined(separator: ", "))
      } else if previous != nil {
        sheet.text(row, after + 4, "new")
      }
    }
    sheet.table(headerRow: 0, lastRow: entries.count, columns: columns.count)
    // Too many columns for one page's width in readable text: two pages wide, the client's name
    // on each.
    worksheet_fit_to_pages(sheet.pointer, 2, 0)
    _ = worksheet_repeat_columns(sheet.pointer, 0, 0)
    let ragColumns =
      [4] + phases.indices.map { phaseColumn + $0 * 2 + 1 }
      + (previous != nil ? [after + 5] : [])
    for column in ragColumns {
      sheet.colourByText(column: column, rows: 1, entries.count, fills: SummarySheet.ragFills(f))
    }
  }
}

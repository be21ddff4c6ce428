import CXLSXWriter
import ReadinessCore

/// The portfolio workbook's Clients sheet: the rows of `index.html`, worst first, numbers as
/// numbers; with a trend, each client's change since the previous run. Printed, two pages wide.
enum PortfolioClientsSheet {
  static func fill(_ sheet: Sheet, _ entries: [PortfolioEntry], trend: PortfolioTrend?) {
    let f = sheet.formats
    let w = sheet.words
    typealias M = WorkbookMessages
    let phases = PhaseID.allCases
    var columns: [(String, Double)] = [
      ("Client", 20), ("File", 20), ("As of", 11), ("Overall", 9), ("RAG", 8), ("Why", 34),
    ]
    columns += phases.flatMap { [(w(M.phase($0)), 15), (w(M.phaseRAG($0)), 8)] }
    columns += [
      ("Critical risks", 9), ("Conversations at risk / month", 14), ("At adoption", 10),
      ("Report", 24),
    ]
    let previous = trend?.previousAsOf
    if let previous {
      let since: MessageArguments = ["date": .figure(.shortDay(previous))]
      columns += [
        (w(M.changeSince, since), 12), (w(M.ragOn, since), 11), ("New critical risks", 24),
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
      sheet.text(row, 4, entry.rag.map { w(WordMessages.rag($0)) })
      sheet.text(row, 5, w(entry.reasonMessage, english: entry.reason))
      for (index, phase) in phases.enumerated() {
        guard let found = entry.phases.first(where: { $0.id == phase }) else { continue }
        sheet.number(row, phaseColumn + index * 2, found.score, f.score)
        sheet.text(row, phaseColumn + index * 2 + 1, w(WordMessages.rag(found.rag)))
      }
      sheet.number(row, after, entry.criticalRisks.map(Double.init), f.count)
      sheet.number(row, after + 1, entry.exposure, f.count)
      sheet.percent(row, after + 2, entry.exposureAdoption)
      sheet.text(row, after + 3, entry.report)
      if previous != nil, let change = trend?.change(of: entry) {
        sheet.number(row, after + 4, change.score.delta, f.delta)
        sheet.text(row, after + 5, w(WordMessages.rag(change.score.fromRAG)))
        sheet.text(row, after + 6, change.newCriticalRisks.joined(separator: ", "))
      } else if previous != nil {
        sheet.text(row, after + 4, w(M.newClient))
      }
    }
    sheet.table(headerRow: 0, lastRow: entries.count, columns: columns.count)
    // Too many columns for one page's width in readable text: two pages wide, the client's name
    // on each.
    worksheet_fit_to_pages(sheet.pointer, 2, 0)
    _ = worksheet_repeat_columns(sheet.pointer, 0, 0)
    var ragColumns: [(Int, (PortfolioEntry) -> RAG?)] = [(4, \.rag)]
    for (index, phase) in phases.enumerated() {
      ragColumns.append((phaseColumn + index * 2 + 1, { $0.phases.first { $0.id == phase }?.rag }))
    }
    if previous != nil {
      ragColumns.append((after + 5, { trend?.change(of: $0)?.score.fromRAG }))
    }
    for (offset, (column, rag)) in ragColumns.enumerated() {
      sheet.colour(
        column: column, rows: 1, codes: entries.map { rag($0)?.rawValue },
        codeColumn: columns.count + offset, fills: SummarySheet.ragFills(sheet))
    }
  }
}

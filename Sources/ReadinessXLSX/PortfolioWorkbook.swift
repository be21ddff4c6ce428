import CXLSXWriter
import ReadinessCore
import ReadinessRender

/// Renders `portfolio.xlsx`: the roll-up as a workbook. The Clients sheet holds the index's
/// rows, worst first; Not evaluated lists the inventories that did not load; Trend, the
/// portfolio's last runs when the database had an earlier one.
public enum PortfolioWorkbook {
  public static let fileName = "portfolio.xlsx"

  /// The workbook of `entries` (in roll-up order) of the run dated `asOf`, in `language` (each
  /// client's reason as its report stored it). The document's created time is `asOf`, so the
  /// same entries give a byte-identical file. `temporaryFiles` is told about the temporary file
  /// the workbook passes through.
  public static func render(
    _ entries: [PortfolioEntry], asOf: Day, trend: PortfolioTrend?,
    in language: any MessageLanguage = EnglishLanguage(),
    temporaryFiles: XLSXTemporaryFiles = .untracked
  ) throws(XLSXError) -> RenderedFile {
    let w = Wording(language: language)
    typealias M = WorkbookMessages
    let properties = XLSXFile.Properties(
      title: XLSXText.cell(w(M.portfolioTitle)), company: nil, created: asOf)
    let heading = w(M.portfolioHeading, ["date": .day(asOf)])
    return try XLSXFile.rendered(
      name: fileName, properties, words: w, temporaryFiles: temporaryFiles
    ) { workbook, formats in
      var names = SheetNames()
      func sheet(_ name: MessageKey) -> Sheet {
        Sheet(
          workbook, name: names.valid(w(name), fallback: name.english), formats: formats,
          words: w, heading: heading)
      }
      PortfolioClientsSheet.fill(sheet(M.clients), entries.filter(\.isValid), trend: trend)
      let invalid = entries.filter { !$0.isValid }
      if !invalid.isEmpty {
        let notEvaluated = sheet(M.notEvaluated)
        notEvaluated.header(
          0, [("File", 30), ("Diagnostics", 120)], wrap: ["File", "Diagnostics"])
        for (offset, entry) in invalid.enumerated() {
          notEvaluated.text(offset + 1, 0, entry.file)
          notEvaluated.text(offset + 1, 1, entry.problems.joined(separator: "\n"), formats.wrap)
        }
        notEvaluated.table(headerRow: 0, lastRow: invalid.count, columns: 2)
      }
      if let trend, trend.previousAsOf != nil {
        runs(sheet(M.trend), trend.runs)
      }
    }
  }

  /// One row per run, oldest first.
  private static func runs(_ sheet: Sheet, _ runs: [PortfolioTrend.Run]) {
    let f = sheet.formats
    sheet.header(
      0,
      [
        ("As of", 12), ("Clients", 10), ("Evaluated", 10), ("Average overall", 16), ("Red", 8),
        ("Amber", 8), ("Green", 8),
      ])
    for (offset, run) in runs.enumerated() {
      let row = offset + 1
      sheet.day(row, 0, run.asOf)
      sheet.number(row, 1, Double(run.clients), f.count)
      sheet.number(row, 2, Double(run.evaluated), f.count)
      sheet.number(row, 3, run.average, f.score)
      sheet.number(row, 4, Double(run.red), f.count)
      sheet.number(row, 5, Double(run.amber), f.count)
      sheet.number(row, 6, Double(run.green), f.count)
    }
    sheet.table(headerRow: 0, lastRow: runs.count, columns: 7)
  }
}

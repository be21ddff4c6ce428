import CXLSXWriter
import Foundation
import ReadinessCore
import ReadinessRender

/// Why the workbook could not be written.
public struct XLSXError: LocalizedError, CustomStringConvertible {
  public var description: String
  public var errorDescription: String? { description }
}

/// Renders `workbook.xlsx`: the assessment as spreadsheet sheets with native charts.
public enum XLSXWriter {
  public static let fileName = "workbook.xlsx"

  /// The workbook of `assessment` in `language`: its sheet names, headers, words and
  /// messages; numbers stay numbers and days dates, in the language's date format. The
  /// document's created time is `as_of`, so the same assessment gives a byte-identical file.
  /// `temporaryFiles` is told about the temporary file the workbook passes through.
  public static func render(
    _ assessment: Assessment, in language: any MessageLanguage = EnglishLanguage(),
    temporaryFiles: XLSXTemporaryFiles = .untracked
  ) throws(XLSXError) -> RenderedFile {
    let w = Wording(language: language)
    let name = MessageArgument.text(assessment.programme.name)
    let properties = XLSXFile.Properties(
      title: XLSXText.cell(w(WorkbookMessages.title, ["programme": name])),
      company: XLSXText.cell(assessment.programme.organisation ?? ""), created: assessment.asOf)
    let heading = w(WorkbookMessages.heading, ["programme": name, "date": .day(assessment.asOf)])
    return try XLSXFile.rendered(
      name: fileName, properties,
      currencyDigits: CurrencyDigits.digits(amounts(assessment), assessment.money), words: w,
      temporaryFiles: temporaryFiles
    ) { workbook, formats in
      var names = SheetNames()
      func sheet(_ name: MessageKey) -> Sheet {
        Sheet(
          workbook, name: names.valid(w(name), fallback: name.english), formats: formats,
          words: w, heading: heading)
      }
      typealias M = WorkbookMessages
      let trend = assessment.history.map(\.trend) ?? []
      let summary = sheet(M.summary)
      SummarySheet.fill(summary, assessment)
      ChecklistSheet.fill(sheet(M.checklist), assessment.checklist)
      FlowsSheet.fill(sheet(M.flows), assessment)
      SystemsSheet.fill(sheet(M.systems), assessment.systems)
      UsernamesSheet.fill(sheet(M.usernames), assessment.usernames)
      RisksSheet.fill(sheet(M.risks), assessment.risks)
      IssuesSheet.fill(sheet(M.issues), assessment.issues)
      DecisionsSheet.fill(sheet(M.decisions), assessment.decisions)
      ActionsSheet.fill(sheet(M.actions), assessment.actions)
      OwnerLoadSheet.fill(sheet(M.ownerLoad), assessment.actions)
      TimelineSheet.fill(sheet(M.timeline), assessment.schedule, baseline: assessment.baseline)
      GanttSheet.fill(sheet(M.gantt), assessment.schedule)
      let trendSheet = trend.isEmpty ? nil : sheet(M.trend)
      if let trendSheet {
        TrendSheet.fill(trendSheet, trend)
      }
      SummaryCharts.add(
        to: summary, workbook: workbook, phases: assessment.phases.count, trend: trend.count,
        trendSheet: trendSheet)
    }
  }

  /// Every amount the Flows sheet writes, for the decimals of each currency.
  private static func amounts(_ assessment: Assessment) -> [Money] {
    let exposure = assessment.exposure
    let scenarios = exposure.scenarios + [exposure.observed?.scenario].compactMap { $0 }
    return scenarios.flatMap(\.spend) + exposure.flows.compactMap(\.spend)
  }
}

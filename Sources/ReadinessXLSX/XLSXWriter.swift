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

  /// The workbook of `assessment`. The document's created time is `as_of`, so the same
  /// assessment gives a byte-identical file. `temporaryFiles` is told about the temporary file
  /// the workbook passes through.
  public static func render(
    _ assessment: Assessment, temporaryFiles: XLSXTemporaryFiles = .untracked
  ) throws(XLSXError) -> RenderedFile {
    let properties = XLSXFile.Properties(
      title: XLSXText.cell("BSUID readiness: \(assessment.programme.name)"),
      company: XLSXText.cell(assessment.programme.organisation ?? ""), created: assessment.asOf)
    let heading = "BSUID readiness: \(assessment.programme.name), as of \(assessment.asOf)"
    return try XLSXFile.rendered(
      name: fileName, properties,
      currencyDigits: CurrencyDigits.digits(amounts(assessment), assessment.money),
      temporaryFiles: temporaryFiles
    ) { workbook, formats in
      func sheet(_ name: String) -> Sheet {
        Sheet(workbook, name: name, formats: formats, heading: heading)
      }
      let trend = assessment.history.map(\.trend) ?? []
      let summary = sheet("Summary")
      SummarySheet.fill(summary, assessment)
      ChecklistSheet.fill(sheet("Checklist"), assessment.checklist)
      FlowsSheet.fill(sheet("Flows"), assessment)
      SystemsSheet.fill(sheet("Systems"), assessment.systems)
      UsernamesSheet.fill(sheet("Usernames"), assessment.usernames)
      RisksSheet.fill(sheet("Risks"), assessment.risks)
      IssuesSheet.fill(sheet("Issues"), assessment.issues)
      DecisionsSheet.fill(sheet("Decisions"), assessment.decisions)
      ActionsSheet.fill(sheet("Actions"), assessment.actions)
      OwnerLoadSheet.fill(sheet("Owner load"), assessment.actions)
      TimelineSheet.fill(sheet("Timeline"), assessment.schedule, baseline: assessment.baseline)
      GanttSheet.fill(sheet("Gantt"), assessment.schedule)
      if !trend.isEmpty {
        TrendSheet.fill(sheet("Trend"), trend)
      }
      SummaryCharts.add(
        to: summary, workbook: workbook, phases: assessment.phases.count, trend: trend.count)
    }
  }

  /// Every amount the Flows sheet writes, for the decimals of each currency.
  private static func amounts(_ assessment: Assessment) -> [Money] {
    let exposure = assessment.exposure
    let scenarios = exposure.scenarios + [exposure.observed?.scenario].compactMap { $0 }
    return scenarios.flatMap(\.spend) + exposure.flows.compactMap(\.spend)
  }
}

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
    return try XLSXFile.rendered(
      name: fileName, properties, temporaryFiles: temporaryFiles
    ) { workbook, formats in
      let trend = assessment.history.map(\.trend) ?? []
      let summary = Sheet(workbook, name: "Summary", formats: formats)
      SummarySheet.fill(summary, assessment)
      ChecklistSheet.fill(
        Sheet(workbook, name: "Checklist", formats: formats), assessment.checklist)
      FlowsSheet.fill(Sheet(workbook, name: "Flows", formats: formats), assessment)
      SystemsSheet.fill(Sheet(workbook, name: "Systems", formats: formats), assessment.systems)
      UsernamesSheet.fill(
        Sheet(workbook, name: "Usernames", formats: formats), assessment.usernames)
      RisksSheet.fill(Sheet(workbook, name: "Risks", formats: formats), assessment.risks)
      IssuesSheet.fill(Sheet(workbook, name: "Issues", formats: formats), assessment.issues)
      OwnerLoadSheet.fill(Sheet(workbook, name: "Owner load", formats: formats), assessment.actions)
      TimelineSheet.fill(
        Sheet(workbook, name: "Timeline", formats: formats), assessment.schedule,
        baseline: assessment.baseline)
      if !trend.isEmpty {
        TrendSheet.fill(Sheet(workbook, name: "Trend", formats: formats), trend)
      }
      SummaryCharts.add(
        to: summary, workbook: workbook, phases: assessment.phases.count, trend: trend.count)
    }
  }
}

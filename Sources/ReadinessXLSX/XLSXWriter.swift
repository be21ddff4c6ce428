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
  /// assessment gives a byte-identical file.
  public static func render(_ assessment: Assessment) throws(XLSXError) -> RenderedFile {
    try XLSXFile.rendered(name: fileName) { path throws(XLSXError) in
      try write(assessment, to: path)
    }
  }

  private static func write(_ assessment: Assessment, to path: String) throws(XLSXError) {
    guard let workbook = workbook_new(path) else {
      throw XLSXError(description: "cannot create \(path)")
    }
    setProperties(workbook, assessment)
    let formats = Formats(workbook)
    let trend = assessment.history.map(\.trend) ?? []
    let summary = Sheet(workbook, name: "Summary", formats: formats)
    SummarySheet.fill(summary, assessment)
    ChecklistSheet.fill(Sheet(workbook, name: "Checklist", formats: formats), assessment.checklist)
    FlowsSheet.fill(Sheet(workbook, name: "Flows", formats: formats), assessment)
    SystemsSheet.fill(Sheet(workbook, name: "Systems", formats: formats), assessment.systems)
    UsernamesSheet.fill(Sheet(workbook, name: "Usernames", formats: formats), assessment.usernames)
    RisksSheet.fill(Sheet(workbook, name: "Risks", formats: formats), assessment.risks)
    TimelineSheet.fill(Sheet(workbook, name: "Timeline", formats: formats), assessment.schedule)
    if !trend.isEmpty {
      TrendSheet.fill(Sheet(workbook, name: "Trend", formats: formats), trend)
    }
    SummaryCharts.add(
      to: summary, workbook: workbook, phases: assessment.phases.count, trend: trend.count)
    let status = workbook_close(workbook)
    guard status == LXW_NO_ERROR else {
      throw XLSXError(description: "cannot write \(path): \(String(cString: lxw_strerror(status)))")
    }
  }

  private static func setProperties(
    _ workbook: UnsafeMutablePointer<lxw_workbook>, _ assessment: Assessment
  ) {
    let title = XLSXText.cell("BSUID readiness: \(assessment.programme.name)")
    let company = XLSXText.cell(assessment.programme.organisation ?? "")
    title.withCString { title in
      company.withCString { company in
        "bsuid-readiness".withCString { author in
          var properties = lxw_doc_properties()
          properties.title = UnsafeMutablePointer(mutating: title)
          properties.company = UnsafeMutablePointer(mutating: company)
          properties.author = UnsafeMutablePointer(mutating: author)
          properties.created = time_t(assessment.asOf.ordinal) * 86_400
          workbook_set_properties(workbook, &properties)
        }
      }
    }
  }
}

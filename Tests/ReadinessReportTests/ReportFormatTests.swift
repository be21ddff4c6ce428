import Foundation
import ReadinessCore
import ReadinessRender
import ReadinessReport
import Testing

/// The one list of formats: every format renders its file and passes its check, and the render
/// order keeps every format asked for.
@Suite("ReportFormat: the one list of report files")
struct ReportFormatTests {
  static func resources(for format: ReportFormat) throws -> ReportFormat.Resources {
    ReportFormat.Resources(
      templates: TemplateSet(bundled: try BundledTemplates.all()),
      schema: format.schema == nil ? Data() : try WorkbookSchema.bytes(),
      schemaURL: WorkbookSchema.url, version: "test",
      printer: Self.printer)
  }

  /// A stand-in for Chromium: the "PDF" is the page it was handed, after a PDF header.
  static let printer = PDFPrinter(printing: { html, _ in Data("%PDF-".utf8) + html })

  @Test("a PDF is its page printed on A4 unless --paper says otherwise; no printer, no PDF")
  func pdfsArePrintedPages() throws {
    let assessment = AssessmentFixture.full()
    var resources = try Self.resources(for: .briefingPDF)
    let a4 = try ReportFormat.briefingPDF.renderer(resources).render(assessment)
    #expect(a4.name == "briefing.pdf")
    #expect(String(decoding: a4.bytes, as: UTF8.self).contains("@page { size: A4 landscape;"))
    resources.paper = .letter
    let letter = try ReportFormat.reportPDF.renderer(resources).render(assessment)
    #expect(
      String(decoding: letter.bytes, as: UTF8.self).contains("@page { size: letter landscape;"))
    let html = try ReportFormat.briefing.renderer(resources).render(assessment)
    #expect(String(decoding: html.bytes, as: UTF8.self).contains("@page { size: letter landscape;"))
    resources.printer = nil
    #expect(throws: ReportFormat.Failure.self) {
      try ReportFormat.reportPDF.renderer(resources).render(assessment)
    }
  }

  @Test("every format renders the full assessment into its file, which passes its check")
  func everyFormatRenders() throws {
    let assessment = AssessmentFixture.full()
    for format in ReportFormat.all {
      let file = try format.renderer(Self.resources(for: format)).render(assessment)
      #expect(file.name == format.fileName, "\(format.name)")
      #expect(!file.bytes.isEmpty, "\(format.name) wrote an empty file")
    }
  }

  @Test("names, file names and cost ranks are each unique; --format names are lower case")
  func uniqueNames() {
    let all = ReportFormat.all
    #expect(Set(all.map(\.name)).count == all.count)
    #expect(Set(all.map(\.fileName)).count == all.count)
    #expect(Set(all.map(\.costRank)).count == all.count)
    #expect(all.allSatisfy { $0.name == $0.name.lowercased() && ReportFormat.named($0.name) == $0 })
    #expect(ReportFormat.named("pdf") == nil)
    #expect(ReportFormat.expand("pdf") == [.reportPDF, .briefingPDF])
    #expect(ReportFormat.expand("html") == [.html] && ReportFormat.expand("docx") == nil)
  }

  @Test("the render order keeps every format, costliest first, whatever order they are asked in")
  func renderOrderKeepsEveryFormat() {
    let all = ReportFormat.all
    for shift in all.indices {
      let asked = Array(all[shift...] + all[..<shift])
      let order = ReportFormat.renderOrder(asked)
      #expect(order.count == asked.count && asked.allSatisfy(order.contains))
      #expect(order.map(\.costRank) == order.map(\.costRank).sorted())
    }
    #expect(
      ReportFormat.renderOrder(all).map(\.name) == [
        "report-pdf", "briefing-pdf", "html", "xlsx", "xml", "md", "briefing", "ics", "mspdi",
      ])
  }

  @Test("a format outside the list, or sharing a rank, is still rendered")
  func formatOutsideTheList() {
    let extra = ReportFormat(name: "csv", fileName: "x.csv", costRank: 2, isDefault: false) { _ in
      ReportFormat.Renderer { _ in RenderedFile(name: "x.csv", bytes: Data()) }
    }
    let order = ReportFormat.renderOrder([.ics, extra, .xml])
    #expect(order.map(\.name) == ["csv", "xml", "ics"])
  }

  @Test("the defaults are what a weekly run has always written, in the list's order")
  func defaults() {
    #expect(ReportFormat.defaults.map(\.name) == ["html", "briefing", "xml", "xlsx"])
    #expect(
      ReportFormat.names
        == "html, briefing, xml, md, xlsx, ics, mspdi, report-pdf, briefing-pdf,"
        + " pdf (report-pdf + briefing-pdf)")
  }

  @Test("a file that fails its check is not returned: the failure carries it and the problems")
  func failedCheck() throws {
    let format = ReportFormat.xml
    var resources = try Self.resources(for: format)
    resources.schema = Data(
      """
      <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
        <xs:element name="other" type="xs:string"/>
      </xs:schema>
      """.utf8)
    #expect {
      try format.renderer(resources).render(AssessmentFixture.full())
    } throws: { error in
      guard case .invalid(let file, let problems)? = error as? ReportFormat.Failure else {
        return false
      }
      return file.name == "workbook.xml" && !problems.isEmpty
    }
  }

  @Test("a template that does not parse fails when the format is prepared, naming the file")
  func brokenTemplate() throws {
    var resources = try Self.resources(for: .html)
    resources.templates = TemplateSet(
      bundled: try BundledTemplates.all(), overrides: ["report.mustache": "{{#x}}"])
    #expect {
      _ = try ReportFormat.html.renderer(resources)
    } throws: { error in
      guard case .templates(.parse(let file, _, _, _))? = error as? ReportFormat.Failure else {
        return false
      }
      return file.hasSuffix("report.mustache")
    }
  }
}

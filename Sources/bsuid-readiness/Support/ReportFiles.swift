import Foundation
import ReadinessCore
import ReadinessRender
import ReadinessXLSX

/// Renders the files `report` writes and checks each one before anything touches the disk.
enum ReportFiles {
  /// Renders `formats` for `assessment`. Every `workbook.xml` is validated against
  /// `Schemas/workbook.xsd`; a document that fails is a bug in the tool, reported with its lines
  /// (exit 70, nothing written). A missing or unreadable schema stops the run as an I/O error
  /// (exit 74), because the document would otherwise be written unchecked.
  /// `report.html` and `briefing.html` use the bundled templates overridden by those in `templates`.
  /// `workbook.xlsx` is written when the files are, by libxlsxwriter, to the temporary path.
  static func render(_ assessment: Assessment, formats: [OutputFormat], templates: String?)
    throws(CLIError) -> [OutputFile]
  {
    var files: [OutputFile] = []
    for format in formats {
      switch format {
      case .html:
        let renderer = try TemplateLoading.htmlRenderer(overrideFolder: templates)
        do {
          files.append(OutputFile(try renderer.render(assessment)))
        } catch {
          throw CLIError(.invalidInventory, "cannot render report.html: \(error)")
        }
      case .briefing:
        let renderer = try TemplateLoading.briefingRenderer(overrideFolder: templates)
        do {
          files.append(OutputFile(try renderer.render(assessment)))
        } catch {
          throw CLIError(.invalidInventory, "cannot render briefing.html: \(error)")
        }
      case .md:
        files.append(OutputFile(MarkdownRenderer.render(assessment)))
      case .xml:
        let file = XMLRenderer.render(assessment, version: BSUIDReadiness.version)
        let (schema, schemaPath) = try workbookSchema()
        try check(file, against: schema, at: schemaPath)
        files.append(OutputFile(file))
      case .xlsx:
        files.append(
          OutputFile(name: XLSXWriter.fileName) { try XLSXWriter.write(assessment, to: $0.path) })
      case .ics:
        files.append(OutputFile(ICSRenderer.render(assessment)))
      }
    }
    return files
  }

  private static func workbookSchema() throws(CLIError) -> (Data, String) {
    let url = try ResourceLocator.find("Schemas", missing: .ioError)
      .appendingPathComponent("workbook.xsd")
    do {
      return (try Data(contentsOf: url), url.path)
    } catch {
      throw CLIError(
        .ioError, "cannot read the schema: \(error.localizedDescription)", at: url.path)
    }
  }

  /// Throws exit 70 when `file` is invalid, 74 when the schema at `schemaPath` itself is broken
  /// (an installation problem, not the inventory's).
  private static func check(_ file: RenderedFile, against schema: Data, at schemaPath: String)
    throws(CLIError)
  {
    let problems = XMLValidator.validate(file.bytes, schema: schema)
    guard !problems.isEmpty else { return }
    if problems.contains(where: { $0.source == .schema }) {
      throw CLIError(
        .ioError, "the schema cannot be used to check \(file.name); nothing was written",
        at: schemaPath, details: problems.prefix(20).map(\.description),
        hint:
          "reinstall bsuid-readiness, or point \(ResourceLocator.homeVariable) at an intact copy")
    }
    var details = problems.prefix(20).map { "\(file.name): \($0)" }
    if problems.count > 20 { details.append("… and \(problems.count - 20) more") }
    throw CLIError(
      .internalError,
      "internal error: the generated \(file.name) is not valid against Schemas/workbook.xsd;"
        + " nothing was written",
      details: details,
      hint: "this is a bug in bsuid-readiness; please report it with the inventory")
  }
}

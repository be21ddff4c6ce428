import Foundation
import ReadinessCore
import ReadinessRender

/// Renders the files `report` writes and checks each one before anything touches the disk.
enum ReportFiles {
  /// Renders `formats` for `assessment`. Every `workbook.xml` is validated against
  /// `Schemas/workbook.xsd`; a document that fails is a bug in the tool, reported with its lines
  /// (exit 70, nothing written). A missing or unreadable schema stops the run as an I/O error
  /// (exit 74), because the document would otherwise be written unchecked.
  /// `report.html` uses the bundled templates overridden by those in `templates`.
  static func render(_ assessment: Assessment, formats: [OutputFormat], templates: String?)
    throws(CLIError) -> [RenderedFile]
  {
    var files: [RenderedFile] = []
    for format in formats {
      switch format {
      case .html:
        let renderer = try TemplateLoading.htmlRenderer(overrideFolder: templates)
        do {
          files.append(try renderer.render(assessment))
        } catch {
          throw CLIError(.invalidInventory, "cannot render report.html: \(error)")
        }
      case .xml:
        let file = XMLRenderer.render(assessment, version: BSUIDReadiness.version)
        try check(file, against: try workbookSchema())
        files.append(file)
      }
    }
    return files
  }

  private static func workbookSchema() throws(CLIError) -> Data {
    guard let folder = ResourceLocator.find("Schemas") else {
      throw CLIError(
        .ioError, "cannot find the Schemas/ folder to check workbook.xml against",
        hint:
          "run from the repository, or set BSUID_READINESS_HOME to the folder that holds Schemas/")
    }
    let url = folder.appendingPathComponent("workbook.xsd")
    do {
      return try Data(contentsOf: url)
    } catch {
      throw CLIError(
        .ioError, "cannot read the schema: \(error.localizedDescription)", at: url.path)
    }
  }

  private static func check(_ file: RenderedFile, against schema: Data) throws(CLIError) {
    let problems = XMLValidator.validate(file.bytes, schema: schema)
    guard !problems.isEmpty else { return }
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

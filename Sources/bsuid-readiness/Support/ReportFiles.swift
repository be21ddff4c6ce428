import ArgumentParser
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
    throws -> [RenderedFile]
  {
    var files: [RenderedFile] = []
    for format in formats {
      switch format {
      case .html:
        let renderer = try TemplateLoading.htmlRenderer(overrideFolder: templates)
        do {
          files.append(try renderer.render(assessment))
        } catch {
          Console.error("error: cannot render report.html: \(error)")
          throw ExitStatus.invalidInventory
        }
      case .xml:
        let file = XMLRenderer.render(assessment, version: BSUIDReadiness.version)
        try check(file, against: try workbookSchema())
        files.append(file)
      }
    }
    return files
  }

  private static func workbookSchema() throws -> Data {
    guard let folder = ResourceLocator.find("Schemas") else {
      Console.error(
        "error: cannot find the Schemas/ folder to check workbook.xml against\n"
          + "  hint: run from the repository, or set BSUID_READINESS_HOME to the folder"
          + " that holds Schemas/")
      throw ExitStatus.ioError
    }
    let url = folder.appendingPathComponent("workbook.xsd")
    do {
      return try Data(contentsOf: url)
    } catch {
      Console.error("\(url.path): error: cannot read the schema: \(error.localizedDescription)")
      throw ExitStatus.ioError
    }
  }

  private static func check(_ file: RenderedFile, against schema: Data) throws {
    let problems = XMLValidator.validate(file.bytes, schema: schema)
    guard !problems.isEmpty else { return }
    var message =
      "error: internal error: the generated \(file.name) is not valid against Schemas/workbook.xsd;"
      + " nothing was written"
    for problem in problems.prefix(20) { message += "\n  \(file.name): \(problem)" }
    if problems.count > 20 { message += "\n  … and \(problems.count - 20) more" }
    message += "\n  hint: this is a bug in bsuid-readiness; please report it with the inventory"
    Console.error(message)
    throw ExitStatus.internalError
  }
}

import Foundation
import ReadinessCore
import ReadinessRender

/// Renders the files `report` writes and checks each one before anything touches the disk.
enum ReportFiles {
  /// What rendering needs from the disk, read once and shared by every report of a run: the
  /// HTML renderer (when HTML is asked for) and the workbook schema (when XML is).
  struct Kit: Sendable {
    let formats: [OutputFormat]
    let html: HTMLRenderer?
    let workbookSchema: Data?

    /// Loads the bundled templates overridden by those in `templates`, and the schema.
    init(formats: [OutputFormat], templates: String?) throws(CLIError) {
      self.formats = formats
      html =
        formats.contains(.html) ? try TemplateLoading.htmlRenderer(overrideFolder: templates) : nil
      workbookSchema = formats.contains(.xml) ? try ReportFiles.schema("workbook.xsd") : nil
    }
  }

  /// Renders `formats` for `assessment`. Every `workbook.xml` is validated against
  /// `Schemas/workbook.xsd`; a document that fails is a bug in the tool, reported with its lines
  /// (exit 70, nothing written). A missing or unreadable schema stops the run as an I/O error
  /// (exit 74), because the document would otherwise be written unchecked.
  /// `report.html` uses the bundled templates overridden by those in `templates`.
  static func render(_ assessment: Assessment, formats: [OutputFormat], templates: String?)
    throws(CLIError) -> [RenderedFile]
  {
    try render(assessment, kit: Kit(formats: formats, templates: templates))
  }

  /// Renders the kit's formats for `assessment` with its renderer and schema, in the kit's
  /// order. The workbook is written and validated on a second core while the HTML renders.
  static func render(_ assessment: Assessment, kit: Kit) throws(CLIError) -> [RenderedFile] {
    let workbook = Background<Result<RenderedFile, CLIError>>()
    if kit.formats.contains(.xml) {
      workbook.start {
        Result { () throws(CLIError) -> RenderedFile in
          let file = XMLRenderer.render(assessment, version: BSUIDReadiness.version)
          try check(file, against: kit.workbookSchema ?? Data(), schemaName: "workbook.xsd")
          return file
        }
      }
    }
    var html: RenderedFile?
    if let renderer = kit.html {
      do {
        html = try renderer.render(assessment)
      } catch {
        _ = workbook.wait()
        throw CLIError(.invalidInventory, "cannot render report.html: \(error)")
      }
    }
    let xml = try workbook.wait()?.get()
    return kit.formats.compactMap { $0 == .html ? html : xml }
  }

  /// Writes `files` into `folder` atomically; exit 73 when the folder cannot be made, 74 when a
  /// file cannot be written.
  static func write(_ files: [RenderedFile], into folder: URL) throws(CLIError) {
    do {
      try AtomicWriter.write(files, into: folder)
    } catch {
      switch error {
      case .cannotCreateFolder:
        throw CLIError(
          .cannotCreateOutput, "\(error)",
          hint: "check that no part of the path is a file and that the folder is writable")
      case .cannotWrite:
        throw CLIError(
          .ioError, "\(error)",
          hint: "check that the output folder is writable, has space, and holds no folder"
            + " named like an output file")
      }
    }
  }

  /// The bytes of `Schemas/<name>`; exit 74 when it cannot be found or read.
  static func schema(_ name: String) throws(CLIError) -> Data {
    guard let folder = ResourceLocator.find("Schemas") else {
      throw CLIError(
        .ioError, "cannot find the Schemas/ folder to check \(name) against",
        hint:
          "run from the repository, or set BSUID_READINESS_HOME to the folder that holds Schemas/")
    }
    let url = folder.appendingPathComponent(name)
    do {
      return try Data(contentsOf: url)
    } catch {
      throw CLIError(
        .ioError, "cannot read the schema: \(error.localizedDescription)", at: url.path)
    }
  }

  /// Exit 70, itemised by line, when `file` is not valid against `schema`.
  static func check(_ file: RenderedFile, against schema: Data, schemaName: String) throws(CLIError)
  {
    let problems = XMLValidator.validate(file.bytes, schema: schema)
    guard !problems.isEmpty else { return }
    var details = problems.prefix(20).map { "\(file.name): \($0)" }
    if problems.count > 20 { details.append("… and \(problems.count - 20) more") }
    throw CLIError(
      .internalError,
      "internal error: the generated \(file.name) is not valid against Schemas/\(schemaName);"
        + " nothing was written",
      details: details,
      hint: "this is a bug in bsuid-readiness; please report it with the inventory")
  }
}

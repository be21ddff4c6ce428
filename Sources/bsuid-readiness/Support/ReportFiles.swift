import Foundation
import ReadinessCore
import ReadinessRender
import ReadinessXLSX

/// Renders the files `report` writes, checks each one, and puts them in place together.
enum ReportFiles {
  /// What rendering needs from the disk, read once and shared by every report of a run: the
  /// page renderers (when HTML or the briefing is asked for) and the workbook schema (when XML
  /// is). `report.html` and `briefing.html` use the bundled templates overridden by those in
  /// `templates`.
  struct Kit: Sendable {
    let formats: [OutputFormat]
    let html: HTMLRenderer?
    let briefing: BriefingRenderer?
    let workbookSchema: Schema?

    init(formats: [OutputFormat], templates: String?) throws(CLIError) {
      self.formats = formats
      var html: HTMLRenderer?
      var briefing: BriefingRenderer?
      if formats.contains(.html) || formats.contains(.briefing) {
        let set = try TemplateLoading.templateSet(overrideFolder: templates)
        if formats.contains(.html) { html = try TemplateLoading.htmlRenderer(set) }
        if formats.contains(.briefing) { briefing = try TemplateLoading.briefingRenderer(set) }
      }
      self.html = html
      self.briefing = briefing
      workbookSchema = formats.contains(.xml) ? try ReportFiles.schema("workbook.xsd") : nil
    }
  }

  /// A bundled XML Schema: its bytes and where they were read.
  struct Schema: Sendable {
    let bytes: Data
    let path: String
  }

  /// The order files start rendering in, longest first, so the cores finish together.
  private static let renderOrder: [OutputFormat] = [.html, .xlsx, .xml, .md, .briefing, .ics]

  /// Renders the kit's formats for `assessment` into `folder` and returns the names written,
  /// in the kit's order. Every file is independent of the others, so they render at once over
  /// the machine's cores, and each is staged on the disk (`AtomicWriter.Staging`) as soon as it
  /// is ready; once all are, they are renamed into place together. workbook.xml is validated
  /// against `Schemas/workbook.xsd` as it is rendered; a document that fails is a bug in the
  /// tool (exit 70). A file that cannot be rendered or staged leaves the folder as it was.
  static func render(_ assessment: Assessment, kit: Kit, into folder: URL) throws(CLIError)
    -> [String]
  {
    let formats = renderOrder.filter(kit.formats.contains)
    let staging = AtomicWriter.Staging(folder)
    let rendered = Slots<Result<String?, CLIError>>(count: formats.count)
    DispatchQueue.concurrentPerform(iterations: formats.count) { index in
      rendered[index] = Result { () throws(CLIError) in
        guard let file = try file(formats[index], of: assessment, kit: kit) else { return nil }
        staging.stage(file, order: kit.formats.firstIndex(of: formats[index]) ?? index)
        return file.name
      }
    }
    var names: [OutputFormat: String] = [:]
    do throws(CLIError) {
      // A file that failed to render outranks one that failed to reach the disk.
      for (format, result) in zip(formats, rendered.values) { names[format] = try result?.get() }
      do { try staging.commit() } catch { throw error.cliError }
    } catch {
      staging.discard()
      throw error
    }
    return kit.formats.compactMap { names[$0] }
  }

  /// One file of the report.
  private static func file(_ format: OutputFormat, of assessment: Assessment, kit: Kit)
    throws(CLIError) -> RenderedFile?
  {
    switch format {
    case .html:
      guard let renderer = kit.html else { return nil }
      do { return try renderer.render(assessment) } catch {
        throw CLIError(.invalidInventory, "cannot render report.html: \(error)")
      }
    case .briefing:
      guard let renderer = kit.briefing else { return nil }
      do { return try renderer.render(assessment) } catch {
        throw CLIError(.invalidInventory, "cannot render briefing.html: \(error)")
      }
    case .md: return MarkdownRenderer.render(assessment)
    case .xlsx:
      do { return try XLSXWriter.render(assessment) } catch {
        throw CLIError(
          .ioError, "cannot write \(XLSXWriter.fileName): \(error)",
          hint: "check that the temporary folder ($TMPDIR or /tmp) is writable and has space")
      }
    case .ics: return ICSRenderer.render(assessment)
    case .xml:
      guard let schema = kit.workbookSchema else { return nil }
      let file = XMLRenderer.render(assessment, version: BSUIDReadiness.version)
      try check(file, against: schema)
      return file
    }
  }

  /// Writes `files` into `folder` atomically; exit 73 when the folder cannot be made, 74 when a
  /// file cannot be written.
  static func write(_ files: [RenderedFile], into folder: URL) throws(CLIError) {
    do {
      try AtomicWriter.write(files, into: folder)
    } catch {
      throw error.cliError
    }
  }

  /// `Schemas/<name>`; exit 74 when it cannot be found or read.
  static func schema(_ name: String) throws(CLIError) -> Schema {
    let url = try ResourceLocator.find("Schemas", missing: .ioError).appendingPathComponent(name)
    do {
      return Schema(bytes: try Data(contentsOf: url), path: url.path)
    } catch {
      throw CLIError(
        .ioError, "cannot read the schema: \(error.localizedDescription)", at: url.path)
    }
  }

  /// Throws exit 70 when `file` is invalid, 74 when the schema itself is broken (an
  /// installation problem, not the inventory's).
  static func check(_ file: RenderedFile, against schema: Schema) throws(CLIError) {
    let problems = XMLValidator.validate(file.bytes, schema: schema.bytes)
    guard !problems.isEmpty else { return }
    if problems.contains(where: { $0.source == .schema }) {
      throw CLIError(
        .ioError, "the schema cannot be used to check \(file.name); nothing was written",
        at: schema.path, details: problems.prefix(20).map(\.description),
        hint:
          "reinstall bsuid-readiness, or point \(ResourceLocator.homeVariable) at an intact copy")
    }
    var details = problems.prefix(20).map { "\(file.name): \($0)" }
    if problems.count > 20 { details.append("… and \(problems.count - 20) more") }
    let schemaName = URL(fileURLWithPath: schema.path).lastPathComponent
    throw CLIError(
      .internalError,
      "internal error: the generated \(file.name) is not valid against Schemas/\(schemaName);"
        + " nothing was written",
      details: details,
      hint: "this is a bug in bsuid-readiness; please report it with the inventory")
  }
}

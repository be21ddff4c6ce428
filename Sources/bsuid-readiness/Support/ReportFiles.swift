import Foundation
import ReadinessCore
import ReadinessRender
import ReadinessReport

/// Renders the files `report` writes, checks each one, and puts them in place together.
enum ReportFiles {
  /// What rendering needs from the disk, read once and shared by every report of a run: each
  /// format's renderer, made from the templates (when a format uses them) and its schema. The
  /// templates are the bundled ones overridden by those in `templates`.
  struct Kit: Sendable {
    let formats: [ReportFormat]
    /// The formats' renderers, in the order of `formats`.
    fileprivate let renderers: [ReportFormat.Renderer]
    /// The schemas the formats' files are checked against, by format name.
    fileprivate let schemas: [String: Schema]

    init(
      formats: [ReportFormat], templates: String?, paper: Paper? = nil,
      printer: PDFPrinter? = nil
    ) throws(CLIError) {
      self.formats = formats
      let set =
        formats.contains(where: \.usesTemplates)
        ? try TemplateLoading.templateSet(overrideFolder: templates) : TemplateSet(bundled: [:])
      var renderers: [String: ReportFormat.Renderer] = [:]
      var schemas: [String: Schema] = [:]
      // Prepared in the list's order, so the first problem reported does not depend on --format.
      let rank = { (format: ReportFormat) in ReportFormat.all.firstIndex(of: format) ?? .max }
      for format in formats.sorted(by: { rank($0) < rank($1) }) {
        let schema = try format.schema.map(ReportFiles.schema)
        schemas[format.name] = schema
        let resources = ReportFormat.Resources(
          templates: set, schema: schema?.bytes ?? Data(), schemaURL: schema?.url,
          version: BSUIDReadiness.version, temporaryFiles: SignalCleanup.workbookFiles,
          paper: paper, printer: printer)
        do {
          renderers[format.name] = try format.renderer(resources)
        } catch {
          throw ReportFiles.cliError(error, schema: schema)
        }
      }
      self.renderers = formats.compactMap { renderers[$0.name] }
      self.schemas = schemas
    }
  }

  /// A bundled XML Schema: its bytes and where they were read.
  struct Schema: Sendable {
    let bytes: Data
    let path: String
    var url: URL { URL(fileURLWithPath: path) }
  }

  /// Renders the kit's formats for `assessment` into `folder` and returns the names written,
  /// in the kit's order. Every file is independent of the others, so they render at once over
  /// the machine's cores, costliest first (`ReportFormat.renderOrder`), and each is staged on
  /// the disk (`AtomicWriter.Staging`) as soon as it is ready; once all are, they are renamed
  /// into place together. Each file is checked as it is rendered (workbook.xml against
  /// `Schemas/workbook.xsd`); a file that fails is a bug in the tool (exit 70). A file that
  /// cannot be rendered or staged leaves the folder as it was.
  static func render(
    _ assessment: Assessment, kit: Kit, in language: any MessageLanguage = EnglishLanguage(),
    into folder: URL
  ) throws(CLIError) -> [String] {
    let order = ReportFormat.renderOrder(kit.formats)
    let staging = AtomicWriter.Staging(folder)
    let rendered = Slots<Result<String, CLIError>>(count: order.count)
    DispatchQueue.concurrentPerform(iterations: order.count) { index in
      rendered[index] = Result { () throws(CLIError) in
        let position = kit.formats.firstIndex(of: order[index]) ?? index
        let file: RenderedFile
        do throws(ReportFormat.Failure) {
          file = try kit.renderers[position].render(assessment, in: language)
        } catch {
          throw cliError(error, schema: kit.schemas[order[index].name])
        }
        staging.stage(file, order: position)
        return file.name
      }
    }
    var names: [String: String] = [:]
    do throws(CLIError) {
      // A file that failed to render outranks one that failed to reach the disk.
      for (format, result) in zip(order, rendered.values) { names[format.name] = try result?.get() }
      do { try staging.commit() } catch { throw error.cliError }
    } catch {
      staging.discard()
      throw error
    }
    return kit.formats.compactMap { names[$0.name] }
  }

  /// A format that could not be prepared or rendered, as the error `report` stops with.
  private static func cliError(_ failure: ReportFormat.Failure, schema: Schema?) -> CLIError {
    switch failure {
    case .templates(let error): TemplateLoading.failure(error)
    case .render(let file, let error):
      CLIError(.invalidInventory, "cannot render \(file): \(error)")
    case .printing(let file, let reason):
      CLIError(
        .ioError, "cannot print \(file) with Chromium: \(reason); nothing was written",
        hint: "try a longer --pdf-timeout, or check that `chromium --headless` runs on this machine"
      )
    case .write(let file, let error):
      CLIError(
        .ioError, "cannot write \(file): \(error)",
        hint: "check that the temporary folder ($TMPDIR or /tmp) is writable and has space")
    case .invalid(let file, let problems):
      invalid(file, problems: problems, schema: schema ?? Schema(bytes: Data(), path: ""))
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
    let problems = XMLValidator.validate(file.bytes, schema: schema.bytes, at: schema.url)
    guard !problems.isEmpty else { return }
    throw invalid(file, problems: problems, schema: schema)
  }

  /// The error for `file` failing `schema` with `problems`: exit 70, or 74 when the schema
  /// itself is broken.
  private static func invalid(
    _ file: RenderedFile, problems: [XMLValidator.Problem], schema: Schema
  ) -> CLIError {
    if problems.contains(where: { $0.source == .schema }) {
      return CLIError(
        .ioError, "the schema cannot be used to check \(file.name); nothing was written",
        at: schema.path, details: problems.prefix(20).map(\.description),
        hint:
          "reinstall bsuid-readiness, or point \(ResourceLocator.homeVariable) at an intact copy")
    }
    var details = problems.prefix(20).map { "\(file.name): \($0)" }
    if problems.count > 20 { details.append("… and \(problems.count - 20) more") }
    let schemaName = URL(fileURLWithPath: schema.path).lastPathComponent
    return CLIError(
      .internalError,
      "internal error: the generated \(file.name) is not valid against Schemas/\(schemaName);"
        + " nothing was written",
      details: details,
      hint: "this is a bug in bsuid-readiness; please report it with the inventory")
  }
}

import Foundation
import ReadinessCore
import ReadinessRender
import ReadinessXLSX

extension ReportFormat {
  /// What a run reads from the disk for its formats: the HTML templates, the format's schema
  /// (`ReportFormat.schema`) and where it was read, the tool's version to stamp into the file,
  /// and who is told about the temporary file a workbook passes through.
  public struct Resources: Sendable {
    public var templates: TemplateSet
    public var schema: Data
    /// The schema's file, whose folder holds the XML namespace's schema it imports.
    public var schemaURL: URL?
    public var version: String
    public var temporaryFiles: XLSXTemporaryFiles
    /// The paper the HTML pages' `@page` rule names (`--paper`); nil: the templates' default.
    public var paper: Paper?
    /// Prints an HTML page to PDF (headless Chromium, in the CLI); nil when none is at hand.
    public var printer: PDFPrinter?

    public init(
      templates: TemplateSet = TemplateSet(bundled: [:]), schema: Data = Data(),
      schemaURL: URL? = nil, version: String, temporaryFiles: XLSXTemporaryFiles = .untracked,
      paper: Paper? = nil, printer: PDFPrinter? = nil
    ) {
      self.schemaURL = schemaURL
      self.paper = paper
      self.printer = printer
      self.templates = templates
      self.schema = schema
      self.version = version
      self.temporaryFiles = temporaryFiles
    }
  }

  /// One format ready to render: every file it renders is checked (`check`) before it is
  /// returned.
  public struct Renderer: Sendable {
    private let body: @Sendable (Assessment, any MessageLanguage) throws(Failure) -> RenderedFile
    private let check: @Sendable (RenderedFile) -> [XMLValidator.Problem]

    /// A renderer that writes in the language it is given.
    public init(
      render: @escaping @Sendable (Assessment, any MessageLanguage) throws(Failure) -> RenderedFile,
      check: @escaping @Sendable (RenderedFile) -> [XMLValidator.Problem] = { _ in [] }
    ) {
      body = render
      self.check = check
    }

    /// A renderer that writes English whatever the language.
    public init(
      render: @escaping @Sendable (Assessment) throws(Failure) -> RenderedFile,
      check: @escaping @Sendable (RenderedFile) -> [XMLValidator.Problem] = { _ in [] }
    ) {
      self.init(render: { assessment, _ throws(Failure) in try render(assessment) }, check: check)
    }

    /// The file of `assessment` in `language`; throws `Failure.invalid` when it fails its
    /// self-check.
    public func render(
      _ assessment: Assessment, in language: any MessageLanguage = EnglishLanguage()
    ) throws(Failure) -> RenderedFile {
      let file = try body(assessment, language)
      let problems = check(file)
      guard problems.isEmpty else { throw .invalid(file, problems) }
      return file
    }
  }

  /// Why a format could not be prepared or a file rendered.
  public enum Failure: Error {
    /// The templates do not parse.
    case templates(TemplateError)
    /// The renderer failed on this assessment (a template that cannot render it).
    case render(file: String, any Error)
    /// The file could not be written on the way (libxlsxwriter writes through a file).
    case write(file: String, any Error)
    /// The PDF printer could not print the page.
    case printing(file: String, reason: String)
    /// The file fails its self-check (for workbook.xml, its schema): a bug in the tool.
    case invalid(RenderedFile, [XMLValidator.Problem])
  }
}

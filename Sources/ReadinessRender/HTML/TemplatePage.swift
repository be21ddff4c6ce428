import Foundation

/// One page rendered from a template set: the template it starts from, the file it becomes,
/// and the engine its templates render with. The view model reaches the templates through its
/// `Encodable` conformance (`TemplateEncoder`).
struct TemplatePage: Sendable {
  let root: String
  let fileName: String
  private let engine: TemplateEngine
  private let rootFile: String
  private let outputLimit: Int
  /// The paper the page's `@page` rule names (`{{paper}}`); nil leaves it to the template.
  let paper: Paper?

  /// Parses `templates` once.
  /// - Throws: `TemplateError.parse` naming the first template that does not parse.
  init(
    _ templates: TemplateSet, root: String, fileName: String, paper: Paper? = nil
  ) throws(TemplateError) {
    self.paper = paper
    engine = TemplateEngine(root: root, texts: templates.texts(), library: try templates.library())
    self.root = root
    self.fileName = fileName
    rootFile = templates.file(named: root)
    outputLimit = templates.outputLimit
  }

  /// The page for `view`; deterministic for a given view and template set.
  /// - Throws: `TemplateError.missingTemplate` when the set has no `root` template,
  ///   `TemplateError.outputTooLarge` when the page exceeds the set's `outputLimit`.
  func render(_ view: some Encodable) throws -> RenderedFile {
    let value = try TemplateEncoder.encode(PrintedView(view: view, paper: paper))
    let rendered: [UInt8]?
    do { rendered = try engine.render(value, limit: outputLimit) } catch {
      throw TemplateError.outputTooLarge(file: rootFile, limit: outputLimit)
    }
    guard let bytes = rendered else { throw TemplateError.missingTemplate(root) }
    return RenderedFile(name: fileName, bytes: Data(bytes))
  }
}

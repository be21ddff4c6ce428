import Foundation

/// One page rendered from a template set: the template it starts from, the file it becomes,
/// and the engine its templates render with. The view model reaches the templates through its
/// `Encodable` conformance (`TemplateEncoder`).
struct TemplatePage: Sendable {
  let root: String
  let fileName: String
  private let engine: TemplateEngine

  /// Parses `templates` once.
  /// - Throws: `TemplateError.parse` naming the first template that does not parse.
  init(_ templates: TemplateSet, root: String, fileName: String) throws(TemplateError) {
    engine = TemplateEngine(root: root, texts: templates.texts(), library: try templates.library())
    self.root = root
    self.fileName = fileName
  }

  /// The page for `view`; deterministic for a given view and template set.
  /// - Throws: `TemplateError.missingTemplate` when the set has no `root` template.
  func render(_ view: some Encodable) throws -> RenderedFile {
    guard let bytes = engine.render(try TemplateEncoder.encode(view)) else {
      throw TemplateError.missingTemplate(root)
    }
    return RenderedFile(name: fileName, bytes: Data(bytes))
  }
}

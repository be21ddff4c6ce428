import Foundation
internal import Mustache

/// One page rendered from a template set: the template it starts from, the file it becomes,
/// and the view model the templates read (turned into plain values by `TemplateContext`).
struct TemplatePage: Sendable {
  let root: String
  let fileName: String
  private let library: MustacheLibrary

  /// Parses `templates` once.
  /// - Throws: `TemplateError.parse` naming the first template that does not parse.
  init(_ templates: TemplateSet, root: String, fileName: String) throws(TemplateError) {
    library = try templates.library()
    self.root = root
    self.fileName = fileName
  }

  /// The page for `view`; deterministic for a given view and template set.
  /// - Throws: `TemplateError.missingTemplate` when the set has no `root` template.
  func render(_ view: Any) throws -> RenderedFile {
    guard let html = library.render(TemplateContext.make(view), withTemplate: root) else {
      throw TemplateError.missingTemplate(root)
    }
    return RenderedFile(name: fileName, bytes: Data(html.utf8))
  }
}

import Foundation
import ReadinessCore

/// One page's templates, parsed per language the first time the language is asked for: the
/// marked fixed texts (`{{#t}}…{{/t}}`) replaced by the language's, then the Mustache parsed.
/// Shared by the renderers of report.html and briefing.html and safe to use from many threads.
final class TranslatedPages: @unchecked Sendable {
  private let templates: TemplateSet
  private let root: String
  private let fileName: String
  private let paper: Paper?
  // Guarded by `lock`.
  private var pages: [String: TemplatePage] = [:]
  private let lock = NSLock()

  /// The page `root` of `templates`, written as `fileName` for `paper`; the English page is
  /// parsed at once, so a template that does not parse fails here.
  /// - Throws: `TemplateError.parse` naming the first template that does not parse.
  init(_ templates: TemplateSet, root: String, fileName: String, paper: Paper?)
    throws(TemplateError)
  {
    self.templates = templates
    self.root = root
    self.fileName = fileName
    self.paper = paper
    _ = try page(EnglishLanguage())
  }

  /// The page in `language`.
  /// - Throws: `TemplateError.parse` when a translated fixed text breaks a template.
  func page(_ language: any MessageLanguage) throws(TemplateError) -> TemplatePage {
    lock.lock()
    defer { lock.unlock() }
    if let page = pages[language.tag] { return page }
    let page = try TemplatePage(
      templates.translated(language), root: root, fileName: fileName, paper: paper)
    pages[language.tag] = page
    return page
  }
}

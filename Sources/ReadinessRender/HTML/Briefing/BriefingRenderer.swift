import Foundation
import ReadinessCore

/// Renders an assessment as `briefing.html`: a one-page executive summary laid out by the
/// templates `briefing.mustache` and `briefing/…` of the same template set as the report, so
/// `--templates` overrides them the same way. Lists are cut and long texts clipped here, so the
/// page prints to one sheet of A4 or US Letter, landscape, whatever the inventory holds. It is
/// written in the language asked for: messages, figures and the templates' fixed texts.
public struct BriefingRenderer: Sendable {
  /// The template the page starts from; it pulls in the `briefing/…` partials.
  public static let rootTemplate = "briefing"
  public static let fileName = "briefing.html"

  private let templates: TemplateSet
  private let paper: Paper?
  private let pages: TranslatedPages

  /// Renders with `templates`, parsed once per language (English here, at once), for printing
  /// on `paper` (nil: the template's default).
  /// - Throws: `TemplateError.parse` naming the first template that does not parse.
  public init(templates: TemplateSet, paper: Paper? = nil) throws(TemplateError) {
    self.templates = templates
    self.paper = paper
    pages = TranslatedPages()
    _ = try page(EnglishLanguage())
  }

  /// The briefing in `language`; deterministic for a given assessment, template set and
  /// catalogue.
  /// - Throws: `TemplateError.missingTemplate` when the set has no `briefing` template,
  ///   `TemplateError.parse` when a translated fixed text breaks a template.
  public func render(_ assessment: Assessment, in language: any MessageLanguage = EnglishLanguage())
    throws -> RenderedFile
  {
    try page(language).render(BriefingView(assessment, wording: Wording(language: language)))
  }

  private func page(_ language: any MessageLanguage) throws(TemplateError) -> TemplatePage {
    try pages.page(language.tag) { () throws(TemplateError) in
      try TemplatePage(
        templates.translated(language), root: Self.rootTemplate, fileName: Self.fileName,
        paper: paper)
    }
  }
}

/// A template page per language, parsed the first time the language is asked for.
final class TranslatedPages: @unchecked Sendable {
  // Guarded by `lock`.
  private var pages: [String: TemplatePage] = [:]
  private let lock = NSLock()

  func page(_ tag: String, parse: () throws(TemplateError) -> TemplatePage) throws(TemplateError)
    -> TemplatePage
  {
    lock.lock()
    defer { lock.unlock() }
    if let page = pages[tag] { return page }
    let page = try parse()
    pages[tag] = page
    return page
  }
}

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

  private let pages: TranslatedPages

  /// Renders with `templates`, parsed once per language (English here, at once), for printing
  /// on `paper` (nil: the template's default).
  /// - Throws: `TemplateError.parse` naming the first template that does not parse.
  public init(templates: TemplateSet, paper: Paper? = nil) throws(TemplateError) {
    pages = try TranslatedPages(
      templates, root: Self.rootTemplate, fileName: Self.fileName, paper: paper)
  }

  /// The briefing in `language`; deterministic for a given assessment, template set and
  /// catalogue.
  /// - Throws: `TemplateError.missingTemplate` when the set has no `briefing` template,
  ///   `TemplateError.parse` when a translated fixed text breaks a template.
  public func render(_ assessment: Assessment, in language: any MessageLanguage = EnglishLanguage())
    throws -> RenderedFile
  {
    try pages.page(language).render(BriefingView(assessment, wording: Wording(language: language)))
  }
}

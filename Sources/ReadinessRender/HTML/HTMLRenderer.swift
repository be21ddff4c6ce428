import Foundation
import ReadinessCore

/// Renders an assessment as `report.html`: one self-contained page (inline CSS and SVG, no
/// scripts or fetches) laid out by the user-editable templates in `Templates/html/`.
public struct HTMLRenderer: Sendable {
  /// The template the page starts from; it pulls in the others as partials.
  public static let rootTemplate = "report"
  public static let fileName = "report.html"

  private let pages: TranslatedPages

  /// Renders with `templates`, parsed once, here, for printing on `paper` (nil: the
  /// template's default).
  /// - Throws: `TemplateError.parse` naming the first template that does not parse.
  public init(templates: TemplateSet, paper: Paper? = nil) throws(TemplateError) {
    pages = try TranslatedPages(
      templates, root: Self.rootTemplate, fileName: Self.fileName, paper: paper)
  }

  /// The report in `language`; deterministic for a given assessment, language and template set.
  /// - Throws: `TemplateError.missingTemplate` when the set has no `report` template.
  public func render(_ assessment: Assessment, in language: any MessageLanguage = EnglishLanguage())
    throws -> RenderedFile
  {
    try pages.page(language).render(HTMLView(assessment, wording: Wording(language: language)))
  }
}

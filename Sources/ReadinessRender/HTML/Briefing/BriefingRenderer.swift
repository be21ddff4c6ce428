import Foundation
import ReadinessCore

/// Renders an assessment as `briefing.html`: a one-page executive summary laid out by the
/// templates `briefing.mustache` and `briefing/…` of the same template set as the report, so
/// `--templates` overrides them the same way. Lists are cut and long texts clipped here, so the
/// page prints to one sheet of A4 or US Letter, landscape, whatever the inventory holds.
public struct BriefingRenderer: Sendable {
  /// The template the page starts from; it pulls in the `briefing/…` partials.
  public static let rootTemplate = "briefing"
  public static let fileName = "briefing.html"

  private let page: TemplatePage

  /// Renders with `templates`, parsed once, here, for printing on `paper` (nil: the
  /// template's default).
  /// - Throws: `TemplateError.parse` naming the first template that does not parse.
  public init(templates: TemplateSet, paper: Paper? = nil) throws(TemplateError) {
    page = try TemplatePage(
      templates, root: Self.rootTemplate, fileName: Self.fileName, paper: paper)
  }

  /// The briefing; deterministic for a given assessment and template set.
  /// - Throws: `TemplateError.missingTemplate` when the set has no `briefing` template.
  public func render(_ assessment: Assessment) throws -> RenderedFile {
    try page.render(BriefingView(assessment))
  }
}

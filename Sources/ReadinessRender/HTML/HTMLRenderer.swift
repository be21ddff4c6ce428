import Foundation
internal import Mustache
import ReadinessCore

/// Renders an assessment as `report.html`: one self-contained page (inline CSS and SVG, no
/// scripts or fetches) laid out by the user-editable templates in `Templates/html/`.
public struct HTMLRenderer: Sendable {
  /// The template the page starts from; it pulls in the others as partials.
  public static let rootTemplate = "report"
  public static let fileName = "report.html"

  private let templates: MustacheLibrary

  /// Renders with `templates`, parsed once, here.
  /// - Throws: `TemplateError.parse` naming the first template that does not parse.
  public init(templates: TemplateSet) throws(TemplateError) {
    self.templates = try templates.library()
  }

  /// The report; deterministic for a given assessment and template set.
  /// - Throws: `TemplateError.missingTemplate` when the set has no `report` template.
  public func render(_ assessment: Assessment) throws -> RenderedFile {
    guard
      let html = templates.render(
        TemplateContext.make(HTMLView(assessment)), withTemplate: Self.rootTemplate)
    else {
      throw TemplateError.missingTemplate(Self.rootTemplate)
    }
    return RenderedFile(name: Self.fileName, bytes: Data(html.utf8))
  }
}

import ReadinessCore
import ReadinessRender

/// A page rendered from the HTML templates (`Templates/html`): report.html, briefing.html.
protocol TemplatePage: Sendable {
  static var fileName: String { get }
  init(templates: TemplateSet, paper: Paper?) throws(TemplateError)
  func render(_ assessment: Assessment, in language: any MessageLanguage) throws -> RenderedFile
}

extension HTMLRenderer: TemplatePage {}
extension BriefingRenderer: TemplatePage {}

extension ReportFormat {
  /// The format of a `Page`: its renderer is made from the run's templates, once.
  static func page<Page: TemplatePage>(
    _: Page.Type, name: String, costRank: Int, isDefault: Bool
  ) -> ReportFormat {
    ReportFormat(
      name: name, fileName: Page.fileName, costRank: costRank, isDefault: isDefault,
      usesTemplates: true
    ) { resources throws(Failure) in
      let page: Page
      do throws(TemplateError) {
        page = try Page(templates: resources.templates, paper: resources.paper)
      } catch {
        throw .templates(error)
      }
      return Renderer { assessment, language throws(Failure) in
        do { return try page.render(assessment, in: language) } catch let error as TemplateError {
          throw .templates(error)
        } catch {
          throw .render(file: Page.fileName, error)
        }
      }
    }
  }
}

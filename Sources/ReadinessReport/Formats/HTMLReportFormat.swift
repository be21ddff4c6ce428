import ReadinessRender

extension ReportFormat {
  /// `report.html`: the self-contained report from the templates in `Templates/html`.
  public static let html = ReportFormat(
    name: "html", fileName: HTMLRenderer.fileName, costRank: 0, isDefault: true,
    usesTemplates: true
  ) { resources throws(Failure) in
    let renderer: HTMLRenderer
    do throws(TemplateError) { renderer = try HTMLRenderer(templates: resources.templates) } catch {
      throw .templates(error)
    }
    return Renderer { assessment throws(Failure) in
      do { return try renderer.render(assessment) } catch {
        throw .render(file: HTMLRenderer.fileName, error)
      }
    }
  }
}

import ReadinessRender

extension ReportFormat {
  /// `briefing.html`: the one-page executive summary from `Templates/html/briefing…`.
  public static let briefing = ReportFormat(
    name: "briefing", fileName: BriefingRenderer.fileName, costRank: 4, isDefault: true,
    usesTemplates: true
  ) { resources throws(Failure) in
    let renderer: BriefingRenderer
    do throws(TemplateError) {
      renderer = try BriefingRenderer(templates: resources.templates)
    } catch {
      throw .templates(error)
    }
    return Renderer { assessment throws(Failure) in
      do { return try renderer.render(assessment) } catch {
        throw .render(file: BriefingRenderer.fileName, error)
      }
    }
  }
}

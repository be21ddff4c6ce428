import ReadinessRender

extension ReportFormat {
  /// `report.html`: the self-contained report from the templates in `Templates/html`.
  public static let html = page(HTMLRenderer.self, name: "html", costRank: 0, isDefault: true)
}

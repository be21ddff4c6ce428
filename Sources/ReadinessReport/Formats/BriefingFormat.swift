import ReadinessRender

extension ReportFormat {
  /// `briefing.html`: the one-page executive summary from `Templates/html/briefing…`.
  public static let briefing = page(
    BriefingRenderer.self, name: "briefing", costRank: 4, isDefault: true)
}

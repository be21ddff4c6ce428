import ReadinessRender

extension ReportFormat {
  /// `report.md`: the headline, tables and a Mermaid gantt for a wiki or a ticket.
  public static let md = ReportFormat(
    name: "md", fileName: MarkdownRenderer.fileName, costRank: 3, isDefault: false
  ) { _ throws(Failure) in
    Renderer { assessment, language in MarkdownRenderer.render(assessment, in: language) }
  }
}

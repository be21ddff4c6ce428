import ReadinessRender

extension ReportFormat {
  /// `milestones.ics`: milestones, phase ends and task deadlines as calendar events.
  public static let ics = ReportFormat(
    name: "ics", fileName: ICSRenderer.fileName, costRank: 5, isDefault: false
  ) { _ throws(Failure) in
    Renderer { assessment, language in ICSRenderer.render(assessment, in: language) }
  }
}

import ReadinessRender

extension ReportFormat {
  /// `plan.xml`: the schedule in Microsoft Project's XML format (MSPDI), for MS Project,
  /// ProjectLibre, GanttProject and Smartsheet.
  public static let mspdi = ReportFormat(
    name: "mspdi", fileName: MSPDIRenderer.fileName, costRank: 6, isDefault: false
  ) { _ in
    Renderer { assessment in MSPDIRenderer.render(assessment) }
  }
}

import ReadinessRender

extension ReportFormat {
  /// `workbook.xml`: every figure as data, checked against `Schemas/workbook.xsd`.
  public static let xml = ReportFormat(
    name: "xml", fileName: XMLRenderer.fileName, costRank: 2, isDefault: true,
    schema: "workbook.xsd"
  ) { resources throws(Failure) in
    Renderer(
      render: { assessment in XMLRenderer.render(assessment, version: resources.version) },
      check: { file in XMLValidator.validate(file.bytes, schema: resources.schema) })
  }
}

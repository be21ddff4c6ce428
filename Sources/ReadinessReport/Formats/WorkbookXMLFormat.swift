import ReadinessRender

extension ReportFormat {
  /// `workbook.xml`: every figure as data, its texts in the run's language, checked against
  /// `Schemas/workbook.xsd`.
  public static let xml = ReportFormat(
    name: "xml", fileName: XMLRenderer.fileName, costRank: 2, isDefault: true,
    schema: "workbook.xsd"
  ) { resources throws(Failure) in
    Renderer(
      render: { assessment, language in
        XMLRenderer.render(assessment, version: resources.version, in: language)
      },
      check: { file in
        XMLValidator.validate(file.bytes, schema: resources.schema, at: resources.schemaURL)
      })
  }
}

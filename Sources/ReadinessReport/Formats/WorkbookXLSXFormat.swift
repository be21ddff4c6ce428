import ReadinessXLSX

extension ReportFormat {
  /// `workbook.xlsx`: the assessment as a spreadsheet with native charts, in the run's language.
  public static let xlsx = ReportFormat(
    name: "xlsx", fileName: XLSXWriter.fileName, costRank: 1, isDefault: true
  ) { resources throws(Failure) in
    Renderer { assessment, language throws(Failure) in
      do {
        return try XLSXWriter.render(
          assessment, in: language, temporaryFiles: resources.temporaryFiles)
      } catch {
        throw .write(file: XLSXWriter.fileName, error)
      }
    }
  }
}

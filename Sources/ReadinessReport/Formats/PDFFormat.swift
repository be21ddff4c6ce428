import ReadinessRender

extension ReportFormat {
  /// `report.pdf`: report.html printed by the run's `PDFPrinter` (headless Chromium).
  public static let reportPDF = pdf(HTMLRenderer.self, name: "report-pdf", costRank: -2)
  /// `briefing.pdf`: briefing.html printed the same way, one page.
  public static let briefingPDF = pdf(BriefingRenderer.self, name: "briefing-pdf", costRank: -1)

  /// A page's PDF: the page rendered from the run's templates for the run's paper (A4 when
  /// none is given), then printed.
  static func pdf<Page: TemplatePage>(_: Page.Type, name: String, costRank: Int) -> ReportFormat {
    let fileName = Page.fileName.replacingOccurrences(of: ".html", with: ".pdf")
    let html = page(Page.self, name: name, costRank: costRank, isDefault: false)
    return ReportFormat(
      name: name, fileName: fileName, costRank: costRank, isDefault: false, usesTemplates: true
    ) { resources throws(Failure) in
      var printed = resources
      printed.paper = resources.paper ?? .a4
      let page = try html.renderer(printed)
      return Renderer { assessment, language throws(Failure) in
        let rendered = try page.render(assessment, in: language)
        guard let printer = resources.printer else {
          throw .printing(file: fileName, reason: "no PDF printer (headless Chromium) was given")
        }
        do throws(PDFPrinter.Failure) {
          return RenderedFile(
            name: fileName, bytes: try printer.pdf(of: rendered.bytes, named: fileName))
        } catch {
          throw .printing(file: fileName, reason: error.description)
        }
      }
    }
  }
}

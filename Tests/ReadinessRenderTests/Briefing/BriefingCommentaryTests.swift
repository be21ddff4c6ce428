import Foundation
import ReadinessCore
import Testing

@testable import ReadinessRender

/// The PM's commentary, RAG override and issues on the briefing: the boxes, the clipping with
/// its pointer to the report, and still one page on A4 and Letter in Chromium.
@Suite("briefing.html with the PM's commentary", .serialized)
struct BriefingCommentaryTests {
  /// The stretched fixture with a commentary of `lines` lines of `text` in each list, a set
  /// overall RAG and an open critical issue.
  static func assessment(lines: Int, text: String) -> Assessment {
    var a = BriefingTestSupport.crowded(
      40, text: { $0 + " " + HTMLFixture.hostile + HTMLFixture.long }, tasks: 2_000)
    let many = (1...lines).map { "\($0) \(text)" }
    a.commentary = Commentary(
      summary: "Summary " + text, achievements: many, nextSteps: many, asks: many)
    a.overall.override = SetRAG(
      rag: .amber, reason: "Vendor fix confirmed", by: "Dana Ruiz",
      until: HTMLFixture.day("2026-06-01"))
    var issue = ProgrammeIssue(id: "i1", title: "Staging drops bodies", severity: .critical)
    issue.owner = "Li Wei"
    a.issues = [issue]
    return a
  }

  @Test("the boxes show the summary, one line per entry up to three, and no pointer when short")
  func shortCommentary() throws {
    var a = HTMLFixture.assessment()
    a.commentary = Commentary(
      summary: "CRM cut-over done", achievements: ["BSUID field live"],
      nextSteps: ["Vendor fix in staging"], asks: ["Approve the phone request"])
    let html = try BriefingTestSupport.html(a)
    #expect(html.contains("<h2>Key messages</h2>"))
    #expect(html.contains("<h2>Asks of the steering committee</h2>"))
    #expect(html.contains("CRM cut-over done"))
    #expect(html.contains("Done: BSUID field live"))
    #expect(html.contains("Next: Vendor fix in staging"))
    #expect(html.contains("Approve the phone request"))
    #expect(!html.contains("Clipped: the whole commentary"))
  }

  @Test("without commentary there is no box; with a long one the rest is pointed to report.html")
  func clipsLongCommentary() throws {
    let none = try BriefingTestSupport.html(HTMLFixture.assessment())
    #expect(!none.contains("Key messages"))
    let html = try BriefingTestSupport.html(Self.assessment(lines: 12, text: HTMLFixture.long))
    #expect(html.contains("Clipped: the whole commentary is at the top of report.html."))
    #expect(html.contains("and 9 more asks in report.html"))
    #expect(!html.contains(HTMLFixture.long), "a 5,000-character line must be clipped")
    #expect(html.contains("AMBER (set)"))
    #expect(html.contains("AMBER, set by Dana Ruiz: Vendor fix confirmed (computed "))
    #expect(html.contains("1 open issue (1 critical)"))
  }

  @Test("long commentary, an override and issues still print to one A4 and one Letter page")
  func printsOnePage() throws {
    let html = try BriefingTestSupport.html(Self.assessment(lines: 12, text: HTMLFixture.long))
    for paper in BriefingPrintTests.papers {
      let pages = try BriefingPrintTests.printedPages(html, paper: paper.css)
      #expect(pages?.count == 1, "\(paper.css): \(pages?.info ?? "no PDF")")
    }
  }
}

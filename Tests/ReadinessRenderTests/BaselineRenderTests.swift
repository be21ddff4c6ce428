import Foundation
import ReadinessCore
import ReadinessTestSupport
import Testing

@testable import ReadinessRender

/// Every output names the saved baseline beside the plan and the forecast.
@Suite("The baseline in report.html, report.md and workbook.xml")
struct BaselineRenderTests {
  static let assessment = BaselineFixture.with(HTMLFixture.assessment())

  static var comparison: BaselineComparison { assessment.baseline! }

  @Test("the headline: baseline, plan and forecast finish, and how far behind the baseline")
  func headline() throws {
    let c = Self.comparison
    let behind = try #require(c.behind)
    let sentence = try #require(FinishLine.sentence(Self.assessment))
    #expect(
      sentence
        == "Finish: baseline \(c.baselineFinish!.iso) (plan-q1, saved 2026-01-05), plan "
        + "\(c.plannedFinish!.iso), forecast \(c.forecastFinish!.iso): \(behind) working days"
        + " behind baseline")
    let html = try HTMLTestSupport.html(Self.assessment)
    #expect(html.contains(sentence))
    #expect(html.contains("<h2 id=\"replanned-h\">Re-planned since the baseline</h2>"))
    #expect(html.contains("Dropped &lt;task&gt;"))
    let plain = try HTMLTestSupport.html(HTMLFixture.assessment())
    #expect(!plain.contains("replanned-h"))
    #expect(!plain.contains("Finish: baseline"))
  }

  @Test("report.md lists the re-planned tasks, the removed one without plan dates")
  func markdown() throws {
    let text = String(decoding: MarkdownRenderer.render(Self.assessment).bytes, as: UTF8.self)
    #expect(text.contains("## Re-planned"))
    #expect(text.contains("(`dropped`) | 2026-02-02 | 2026-02-06 | — | — |"))
  }

  @Test("workbook.xml carries the baseline and validates against the XSD")
  func xml() throws {
    let bytes = XMLRenderer.render(Self.assessment, version: "1").bytes
    #expect(
      XMLValidator.validate(bytes, schema: try WorkbookSchema.bytes(), at: WorkbookSchema.url) == []
    )
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(text.contains("baseline-name=\"plan-q1\" baseline-date=\"2026-01-05\""))
    let first = Self.assessment.schedule.tasks[0]
    #expect(
      text.contains(
        "baseline-start=\"\(first.start.iso)\" baseline-end=\"\(first.end.adding(days: -7).iso)\""))
  }
}

import Foundation
import ReadinessCore
import Testing

@testable import ReadinessRender

/// What the briefing holds, how it cuts long lists and clips long texts, and that inventory text
/// comes out escaped.
@Suite("briefing.html content")
struct BriefingContentTests {
  @Test(
    "it holds the overall RAG and why, the phases against expected, the forecast finish and exposure at the middle scenario"
  )
  func headline() throws {
    let html = try BriefingTestSupport.html(HTMLFixture.assessment())
    #expect(html.contains("<p class=\"score num\">51.7</p>"))
    #expect(html.contains("<p class=\"rag-word rag-text-red\">RED</p>"))
    #expect(html.contains("red: phase planning is red"))
    #expect(html.contains("<strong>87.5</strong> of 100 · expected 100.0"))
    #expect(html.contains("<strong>55.0</strong> of 100 · expected 77.3"))
    #expect(html.contains("style=\"width: 55.0%\""))
    #expect(html.contains("Forecast finish"))
    // Adoption shares 0.05, 0.20, 0.50: the middle one.
    #expect(html.contains("At <strong>20%</strong> username adoption"))
    #expect(!html.contains("since the last report") || html.contains("No history is kept"))
  }

  @Test(
    "top open risks with owners (closed ones left out), milestones of the next 30 days, decisions")
  func lists() throws {
    let html = try BriefingTestSupport.html(HTMLFixture.assessment())
    #expect(html.contains("Spring CTWA campaign loses S-C conversations silently"))
    #expect(html.contains("Owner: <bdi>Marketing Ops</bdi> · due 2026-05-29"))
    #expect(html.contains("Owner: <bdi>unassigned</bdi>"))
    #expect(!html.contains("Old reporting export"))
    #expect(html.contains("2026-05-20 to 2026-06-19"))
    #expect(html.contains("Usernames in pilot countries"))
    #expect(!html.contains("Business usernames claimable"), "2026-06-29 is past the 30 days")
    // D-2 was needed by 2026-05-01 and is still proposed; D-1 is decided.
    #expect(html.contains("<h3 class=\"overdue\">Overdue</h3>"))
    #expect(html.contains("Ask for the phone with a native flow"))
    #expect(!html.contains("Key CTWA flows on phone_then_bsuid"))
  }

  @Test("long lists show their first entries and 'and N more'")
  func cuts() throws {
    let html = try BriefingTestSupport.html(BriefingTestSupport.crowded(12))
    // 4 open in the fixture + 12 = 16 open risks: 5 shown.
    #expect(html.contains("and 11 more open risks in report.html"))
    #expect(html.components(separatedBy: "<span class=\"sev ").count - 1 == 5)
    // 7 decisions overdue (D-2 and the even ones), 6 needed later: 2 of each shown.
    #expect(html.contains("and 5 more in report.html"))
    #expect(html.contains("and 4 more in report.html"))
    // 1 fixture milestone + 12 in June: 5 shown.
    #expect(html.contains("and 8 more in report.html"))
  }

  @Test("a 5,000-character text is clipped in Swift, not only hidden by CSS")
  func clips() throws {
    let html = try BriefingTestSupport.html(HTMLFixture.assessment(text: { $0 + HTMLFixture.long }))
    #expect(!html.contains(String(repeating: "Ж", count: 300)))
    #expect(html.contains("Ж…"))
    #expect(html.utf8.count < 60_000, "\(html.utf8.count) bytes")
  }

  @Test("hostile strings are escaped, never markup, and forbidden code points are replaced")
  func hostile() throws {
    let html = try BriefingTestSupport.html(
      HTMLFixture.assessment(text: { $0 + " " + HTMLFixture.hostile }))
    #expect(!html.contains("<script>"))
    #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
    #expect(html.contains("مرحبا 用户名 🚀👩‍💻"))
    #expect(
      !html.unicodeScalars.contains { $0.value == 0x01 || $0.value == 0x0B || $0.value == 0x7F })
  }

  @Test("with history, the changes since the last report; the first report says so")
  func changes() throws {
    let html = try BriefingTestSupport.html(HistoryFixture.with(HTMLFixture.assessment()))
    #expect(html.contains("of 2026-11-18</span>"))
    #expect(html.contains("<th scope=\"row\">Overall</th>"))
    let first = try BriefingTestSupport.html(
      HistoryFixture.with(HTMLFixture.assessment(), first: true))
    #expect(first.contains(ChangesText.nothingToCompare()))
    let none = try BriefingTestSupport.html(HTMLFixture.assessment())
    #expect(none.contains("No history is kept"))
  }

  @Test("--templates overrides a briefing partial like the report's, keeping the others")
  func overrides() throws {
    let html = try BriefingTestSupport.html(
      HTMLFixture.assessment(), overrides: ["briefing/risks.mustache": "<p>OUR RISKS</p>"])
    #expect(html.contains("<p>OUR RISKS</p>"))
    #expect(html.contains("Operational Silence exposure"))
  }
}

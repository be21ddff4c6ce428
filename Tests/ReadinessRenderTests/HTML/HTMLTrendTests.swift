import Foundation
import ReadinessCore
import Testing

@testable import ReadinessRender

@Suite("report.html: the trend chart and its table")
struct HTMLTrendTests {
  @Test("one solid line per score and one dotted per phase's expected progress, on a 0–100 scale")
  func geometry() {
    let chart = TrendChart([TrendPoint(HistoryFixture.before), TrendPoint(HistoryFixture.after)])
    // Testing has no score in either snapshot: no solid line for it, but its expected line.
    #expect(
      chart.series.map(\.css) == [
        "overall", "planning", "planning expected", "implementation", "implementation expected",
        "testing expected",
      ])
    // 0–100 maps to y 240–16 (2.24 a point); the dates to x 44 and 610 (the plot's ends).
    #expect(chart.series[0].points == "44,121.5 610,102.9")
    #expect(chart.grid.map(\.y) == ["240", "184", "128", "72", "16"])
    #expect(chart.dates.map(\.text) == ["2026-11-18", "2026-11-25"])
    #expect(chart.series[0].markers.last?.title == "2026-11-25: overall 61.2 AMBER")
    let labels = chart.series.filter(\.hasLabel).compactMap { Double($0.labelY) }.sorted()
    #expect(zip(labels, labels.dropFirst()).allSatisfy { $1 - $0 >= 13 }, "end labels overlap")
  }

  @Test("a single report is one centred point per line, and says the trend starts here")
  func single() {
    let chart = TrendChart([TrendPoint(HistoryFixture.after)])
    #expect(chart.series[0].points == "327,102.9")
    #expect(chart.summary == "One report so far: the trend starts here.")
  }

  @Test("the section follows the changes, with RAG in words in the table, newest first")
  func section() throws {
    let html = try HTMLTestSupport.html(HistoryFixture.with(HTMLFixture.assessment()))
    let changes = try #require(html.range(of: "<section id=\"changes\""))
    let trend = try #require(html.range(of: "<section id=\"trend\""))
    let phases = try #require(html.range(of: "<section id=\"phases\""))
    #expect(changes.lowerBound < trend.lowerBound && trend.lowerBound < phases.lowerBound)
    #expect(html.contains("<li><a href=\"#trend\">Trend</a></li>"))
    #expect(
      html.contains(
        "<tr><th scope=\"row\"><time datetime=\"2026-11-25\">2026-11-25</time></th><td class=\"num\">61.2 <span class=\"rag-badge rag-amber\">AMBER</span></td><td class=\"num\">90.0 AMBER (expected 100.0)</td>"
      ))
    #expect(html.components(separatedBy: "<polyline").count == 7)
    let none = try HTMLTestSupport.html(HTMLFixture.assessment())
    #expect(!none.contains("id=\"trend\""))
  }

  @Test("the note describes the lines as the style draws them: overall solid, phases dashed")
  func noteMatchesStyle() throws {
    let html = try HTMLTestSupport.html(HistoryFixture.with(HTMLFixture.assessment()))
    /// The declarations of `svg.trend .<css> polyline`, or nil when the style has none.
    func polyline(_ css: String) -> String? {
      guard let rule = html.range(of: "svg.trend .\(css) polyline {") else { return nil }
      return String(html[rule.upperBound...].prefix { $0 != "}" })
    }
    #expect(polyline("overall")?.contains("stroke-dasharray") == false)
    for phase in ["planning", "implementation", "testing"] {
      #expect(polyline(phase)?.contains("stroke-dasharray") == true, "\(phase) is not dashed")
    }
    #expect(polyline("expected")?.contains("stroke-dasharray: 1 4") == true)
    #expect(html.contains("The overall score is the thick solid line; the phase scores are dashed"))
    #expect(html.contains("the faint dotted lines are the progress each phase is expected"))
    #expect(!html.contains("Solid lines are scores"))
  }
}

import Foundation
import ReadinessCore
import Testing

@testable import ReadinessRender

/// The Gantt's geometry is Swift's: the template places nothing by a number of its own, so a
/// change to `GanttLayout` moves everything that depends on it.
@Suite("Gantt geometry comes from the layout")
struct GanttGeometryTests {
  /// The panels of a one-month plan, whose weeks are wide enough to be labelled.
  let panels: String

  init() throws {
    let day = HTMLFixture.day
    var a = HTMLFixture.assessment()
    a.asOf = day("2026-02-10")
    a.phases = a.phases.map { phase in
      var p = phase
      (p.start, p.end) = (day("2026-02-02"), day("2026-02-20"))
      return p
    }
    a.schedule = Schedule(
      tasks: [HTMLFixture.task("T-1", "Audit", .planning, owner: "Ops", "2026-02-02", "2026-02-13", progress: 50)],
      milestones: [], start: day("2026-02-02"), end: day("2026-02-20"))
    let html = try HTMLTestSupport.html(a)
    let start = try #require(html.range(of: "<svg class=\"gantt\" "))
    panels = String(html[start.lowerBound...])
  }

  /// The `attribute` of every element of class `cls` in `svg`.
  func values(_ attribute: String, of cls: String, in svg: String) throws -> [String] {
    let pattern = try Regex("<[a-z]+ class=\"\(cls)\"[^>]*? \(attribute)=\"([^\"]*)\"")
    return svg.matches(of: pattern).compactMap { $0.output[1].substring.map(String.init) }
  }

  @Test("a panel's header draws its months, weeks, column titles and as-of line where GanttLayout says")
  func header() throws {
    let n = SVGNumber.format
    let h = GanttLayout.header
    let expected = [
      ("month-label", "y", h.monthBaseline), ("week", "y1", h.weekTop), ("week-label", "y", h.weekBaseline),
      ("col-title", "y", h.titleBaseline), ("asof", "y1", h.titleTop), ("asof-label", "y", h.asOfBaseline),
      ("bar", "rx", GanttLayout.barRadius),
    ]
    for (cls, attribute, value) in expected {
      let found = try values(attribute, of: cls, in: panels)
      #expect(!found.isEmpty && found.allSatisfy { $0 == n(value) }, "\(cls) \(attribute): \(found)")
    }
  }
}

import Foundation
import ReadinessCore
import Testing

@testable import ReadinessRender

/// The Gantt's geometry is Swift's: the template places nothing by a number of its own, so a
/// change to `GanttLayout` moves everything that depends on it.
@Suite("Gantt geometry comes from the layout")
struct GanttGeometryTests {
  /// The page, key and panels of a one-month plan, whose weeks are wide enough to be labelled.
  let html: String
  let legend: String
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
      tasks: [
        HTMLFixture.task(
          "T-1", "Audit", .planning, owner: "Ops", "2026-02-02", "2026-02-13", progress: 50),
        HTMLFixture.task(
          "T-2", "Sign-off", .planning, owner: "Ops", "2026-02-16", "2026-02-16", progress: 0,
          after: ["T-1"],
          milestone: true),
      ],
      milestones: [], start: day("2026-02-02"), end: day("2026-02-20"))
    html = try HTMLTestSupport.html(a)
    let key = try #require(html.range(of: "<svg class=\"gantt-legend\" "))
    let start = try #require(html.range(of: "<svg class=\"gantt\" "))
    legend = String(html[key.lowerBound..<start.lowerBound])
    panels = String(html[start.lowerBound...])
  }

  /// The `attribute` of every element of class `cls` in `svg`.
  func values(_ attribute: String, of cls: String, in svg: String) throws -> [String] {
    let pattern = try Regex("<[a-z]+ class=\"\(cls)\"[^>]*? \(attribute)=\"([^\"]*)\"")
    return svg.matches(of: pattern).compactMap { $0.output[1].substring.map(String.init) }
  }

  @Test(
    "a panel's header draws its months, weeks, column titles and as-of line where GanttLayout says")
  func header() throws {
    let n = SVGNumber.format
    let h = GanttLayout.header
    let expected = [
      ("month-label", "y", h.monthBaseline), ("week-label", "y", h.weekBaseline),
      ("col-title", "y", h.titleBaseline), ("asof", "y1", h.titleTop),
      ("asof-label", "y", h.asOfBaseline),
      ("bar", "rx", GanttLayout.barRadius),
    ]
    for (cls, attribute, value) in expected {
      let found = try values(attribute, of: cls, in: panels)
      #expect(
        !found.isEmpty && found.allSatisfy { $0 == n(value) }, "\(cls) \(attribute): \(found)")
    }
    // Week lines start at the week band, month lines at the top, days off below the header.
    let starts = [("week", h.weekTop), ("month", 0), ("day-off", GanttLayout.headerHeight)]
    for (cls, top) in starts {
      let d = try #require(try values("d", of: cls, in: panels).first, "\(cls)")
      let moves = d.split(separator: "M").map { move in
        move.split(separator: ",").last?.prefix { $0 != "V" && $0 != "h" }
      }
      #expect(!moves.isEmpty && moves.allSatisfy { $0 == Substring(n(top)) }, "\(cls): \(d)")
    }
  }

  @Test(
    "the key draws its samples like the chart: as wide as a panel, bars, corners, baseline and diamond alike"
  )
  func keyLikeChart() throws {
    let width = { (svg: String, cls: String) in
      try values("viewBox", of: cls, in: svg).first.map { $0.split(separator: " ")[2] }
    }
    #expect(try width(legend, "gantt-legend") == width(panels, "gantt"))
    for attribute in ["height", "rx"] {
      #expect(
        try values(attribute, of: "bar", in: legend).first
          == values(attribute, of: "bar", in: panels).first)
    }
    let number = { (text: String?) in Double(text ?? "") ?? .nan }
    let keyText = try #require(legend.firstMatch(of: try Regex(#"<text x="[^"]*" y="([^"]*)""#)))
    let keyBaseline = number(keyText.output[1].substring.map(String.init))
    let rowBaseline = number(try values("y", of: "bar-text", in: panels).first)
    let keyDrop = keyBaseline - number(try values("y", of: "bar", in: legend).first)
    let rowDrop = rowBaseline - number(try values("y", of: "bar", in: panels).first)
    #expect(keyDrop == rowDrop && rowDrop > 0, "text baseline below the bar's top")
    let halfWidth = { (path: String?) in
      let xs = (path ?? "").split(whereSeparator: { " MLZ,".contains($0) }).compactMap {
        Double($0)
      }
      return xs.count == 8 ? xs[2] - xs[0] : .nan
    }
    let keyDiamond = try values("d", of: "diamond", in: legend).first
    #expect(halfWidth(keyDiamond) == halfWidth(try values("d", of: "diamond", in: panels).first))
  }

  @Test(
    "the gantt template places nothing by a number of its own: outside <defs>, every coordinate and size is a slot"
  )
  func templateHasNoGeometry() throws {
    let template = try #require(try HTMLTestSupport.bundledTemplates()["partials/gantt.mustache"])
    let drawn = template.replacing(try Regex(#"(?s)<defs>.*?</defs>"#), with: "")
    let slot = try Regex(#"\{\{[^}]*\}\}"#)
    let number = try Regex(#"[0-9]+(\.[0-9]+)?"#)
    var checked = 0
    for match in drawn.matches(of: try Regex(#"\s([A-Za-z-]+)="([^"]*)""#))
    where match.output[1].substring != "xmlns" {
      let literal = String(match.output[2].substring ?? "").replacing(slot, with: "")
      let numbers = literal.matches(of: number).map { literal[$0.range] }
      #expect(
        numbers.allSatisfy { $0 == "0" },
        "a number in the template: \(match.output[0].substring ?? "")")
      checked += 1
    }
    #expect(checked > 100)
  }

  @Test(
    "the stylesheet sizes the chart's text as its labels are fitted: from GanttLabel and GanttAxis, not by itself"
  )
  func fontSizes() throws {
    let style = try #require(try HTMLTestSupport.bundledTemplates()["partials/style.mustache"])
    let rules = style.split(separator: "\n").filter {
      $0.contains("font-size")
        && ($0.contains(".gantt") || $0.contains(".bar-") || $0.hasPrefix(".week-label")
          || $0.hasPrefix(".month-label"))
    }
    #expect(rules.count == 4 && rules.allSatisfy { $0.contains("font-size: {{gantt.") }, "\(rules)")
    let n = SVGNumber.format
    let sizes = [
      (".gantt text, .gantt-legend text", GanttLabel.columnFont),
      (".week-label", GanttAxis.weekFont), (".month-label", GanttAxis.monthFont),
      (".bar-text", GanttLabel.barFont),
    ]
    for (selector, size) in sizes {
      #expect(html.contains("\(selector) { font-size: \(n(size))px"), "\(selector)")
    }
  }
}

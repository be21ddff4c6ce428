import Foundation
import ReadinessCore
import Testing

@testable import ReadinessRender

/// The Gantt draws each task's forecast as its bar and its plan as an outline (a hollow diamond
/// for a milestone), with the slip hatched and written beside it. The fixture's T-5 is planned
/// 2026-04-13 → 2026-05-08 and forecast to end 2026-06-05 (+20 working days); T-8, which
/// depends on it, is planned 2026-05-25 → 2026-06-30 and pushed to 2026-06-08 → 2026-07-14.
@Suite("Gantt forecast beside the plan")
struct GanttForecastTests {
  let layout = GanttLayout(HTMLFixture.assessment())
  let day = HTMLFixture.day

  func row(_ id: String) throws -> GanttRow {
    try #require(layout.panels.flatMap(\.rows).first { $0.taskID == id })
  }

  func near(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 0.001 }

  @Test(
    "a slipped task's bar ends at its forecast end, its outline at its plan end, the slip hatched between"
  )
  func slippedTask() throws {
    let t5 = try row("T-5")
    let axis = layout.axis
    let plan = try #require(t5.planX)
    #expect(near(t5.barX, axis.x(day("2026-04-13"))))
    #expect(near(t5.barX + t5.barWidth, axis.xEnd(day("2026-06-05"))))
    #expect(near(plan, axis.x(day("2026-04-13"))))
    #expect(near(plan + t5.planWidth, axis.xEnd(day("2026-05-08"))))
    #expect(
      near(t5.slipX, axis.xEnd(day("2026-05-08")))
        && near(t5.slipX + t5.slipWidth, axis.xEnd(day("2026-06-05"))))
    #expect(
      t5.slipText == "+20 d" && t5.end == "2026-05-08" && t5.forecast == "2026-06-05"
        && t5.forecastLate)
    #expect(t5.barTextX >= t5.barX + t5.barWidth, "slip and owner go after the bar")
  }

  @Test(
    "a pushed task's bar starts at its forecast start, after its plan's; a task on plan has bar and outline alike"
  )
  func pushedAndOnPlan() throws {
    let t8 = try row("T-8")
    let plan8 = try #require(t8.planX)
    #expect(
      near(t8.barX, layout.axis.x(day("2026-06-08")))
        && near(plan8, layout.axis.x(day("2026-05-25"))))
    let t4 = try row("T-4")
    let plan4 = try #require(t4.planX)
    #expect(near(t4.barX, plan4) && near(t4.barWidth, t4.planWidth))
    #expect(t4.slipWidth == 0 && t4.slipText.isEmpty && !t4.forecastLate)
  }

  @Test(
    "a slipped milestone's diamond is at its forecast date, a hollow one at its planned date; the axis covers the forecast"
  )
  func milestone() throws {
    let t11 = try row("T-11")
    let half = layout.axis.dayWidth / 2
    #expect(near(t11.barX, layout.axis.x(day("2026-10-14")) + half))
    let plan = try #require(t11.planX)
    #expect(near(plan, layout.axis.x(day("2026-10-01")) + half))
    #expect(t11.slipText == "+9 d")
    let t3 = try row("T-3")
    #expect(t3.planX == nil, "a milestone on plan has no second diamond")
    #expect(layout.axis.last >= day("2026-10-14"))
  }

  @Test(
    "the page draws the outline and the hatch where the layout puts them, and the key explains them"
  )
  func rendered() throws {
    let html = try HTMLTestSupport.html(HTMLFixture.assessment())
    let t5 = try row("T-5")
    let n = SVGNumber.format
    let group = try #require(html.range(of: "<title>T-5 ")).upperBound
    let drawn = html[group..<(try #require(html[group...].range(of: "</g>")).lowerBound)]
    #expect(drawn.contains("<rect class=\"plan\" x=\"\(n(t5.planX ?? 0))\""))
    #expect(drawn.contains("width=\"\(n(t5.planWidth))\""))
    #expect(drawn.contains("<rect class=\"slip\" x=\"\(n(t5.slipX))\""))
    #expect(drawn.contains("<tspan class=\"slip-text\">+20 d</tspan>"))
    #expect(drawn.contains(">2026-06-05</text>"))
    #expect(html.contains("class=\"diamond-plan\""))
    for text in [
      "forecast / done", "plan (outline)", "slip past the plan (hatched), in working days",
      "its planned date",
    ] {
      #expect(html.contains(">\(text)</text>"), "key lacks \(text)")
    }
  }

  @Test(
    "every task and milestone row is numbered; each panel lists in full the names its labels cut")
  func numberedNames() throws {
    let long = HTMLFixture.assessment(text: { $0 == "Audit message flows" ? HTMLFixture.long : $0 })
    let rows = GanttLayout(long).panels.flatMap(\.rows)
    let t1 = try #require(rows.first { $0.taskID == "T-1" })
    let number = try #require(t1.number)
    #expect(t1.nameCut && t1.name == "T-1 " + HTMLFixture.long)
    #expect(
      rows.filter { $0.kind == .task || $0.kind == .milestone }.allSatisfy { $0.number != nil })
    #expect(rows.filter { $0.kind == .phase || $0.kind == .group }.allSatisfy { $0.number == nil })
    let html = try HTMLTestSupport.html(long)
    #expect(html.contains("<li value=\"\(number)\"><bdi>T-1 \(HTMLFixture.long)</bdi></li>"))
    #expect(
      !html.contains("<bdi>T-4 Add BSUID column to the CRM</bdi></li>"),
      "a name shown whole is not listed")
  }

  @Test(
    "a slip that leaves no room after the bar is written just before it, clear of the plan outline far left"
  )
  func slipTextBeforeBar() throws {
    var a = HTMLFixture.assessment()
    a.schedule.tasks.append(
      HTMLFixture.task(
        "T-X", "Pushed to year end", .testing, owner: "Ops", "2026-01-05", "2026-01-09",
        progress: 0,
        forecast: ("2026-12-21", "2026-12-31", 253)))
    let row = try #require(GanttLayout(a).panels.flatMap(\.rows).first { $0.taskID == "T-X" })
    let width = GanttLabel.width(row.slipText + " " + row.barText, fontSize: GanttLabel.barFont)
    #expect(row.barTextAnchorEnd && !row.barTextInside && near(row.barTextX, row.barX - 4))
    #expect(row.barTextX - width >= (row.planX ?? 0) + row.planWidth)
  }

  @Test("the key's samples wrap onto rows and every text ends inside the key")
  func keyFits() throws {
    let key = GanttLegendView(wording: .english)
    let samples = [
      key.forecastSample, key.planSample, key.slipSample, key.criticalSample, key.milestoneSample,
      key.plannedMilestoneSample, key.programmeMilestoneSample, key.dependencySample,
      key.externalSample, key.asOfSample,
    ]
    for sample in samples {
      let end = (Double(sample.textX) ?? .nan) + GanttLabel.width(sample.text)
      #expect(end <= GanttLayout.width, "\(sample.text) ends at \(end)")
    }
    let rows = Set(samples.map(\.textY)).count
    #expect(
      Double(key.height) == Double(rows) * GanttLayout.rowHeight + 2 * GanttLegendView.padding)
  }
}

import Foundation
import Testing

@testable import ReadinessRender

/// The Gantt stays legible from 10 to 2,000 tasks: rows never overlap, the chart grows.
@Suite("Gantt layout")
struct GanttLayoutTests {
  func layout(_ count: Int) -> GanttLayout {
    GanttLayout(HTMLFixture.assessment(generatedTasks: count))
  }

  func expectNoOverlap(_ layout: GanttLayout) {
    for panel in layout.panels {
      #expect(panel.rows.count <= GanttLayout.rowsPerPanel)
      for (a, b) in zip(panel.rows, panel.rows.dropFirst()) {
        #expect(b.y >= a.y + GanttLayout.rowHeight, "rows overlap at y \(a.y) and \(b.y)")
      }
      if let last = panel.rows.last { #expect(last.y + GanttLayout.rowHeight <= panel.height) }
      #expect(panel.rows.first.map { $0.y >= GanttLayout.headerHeight } ?? true)
    }
  }

  @Test(
    "10 and 2,000 tasks give non-overlapping rows of fixed height, and the chart grows in height")
  func growsInsteadOfOverlapping() {
    let small = layout(10)
    let large = layout(2_000)
    expectNoOverlap(small)
    expectNoOverlap(large)
    let rows = { (l: GanttLayout) in l.panels.reduce(0) { $0 + $1.rows.count } }
    // group row + 5 programme milestones + 3 phase bands + the tasks.
    #expect(rows(small) == 10 + 9)
    #expect(rows(large) == 2_000 + 9)
    #expect(large.height >= Double(rows(large)) * GanttLayout.rowHeight)
    #expect(large.height > small.height * 50)
  }

  @Test("a phase band never ends a panel: it moves to the next panel with its tasks")
  func bandStaysWithItsTasks() {
    for count in 40...100 {
      let panels = layout(count).panels
      for panel in panels.dropLast() {
        #expect(![.phase, .group].contains(panel.rows.last?.kind), "\(count) tasks")
      }
      #expect(panels.reduce(0) { $0 + $1.rows.count } == count + 9)
    }
  }

  @Test("rows are grouped by phase under a phase band, after the programme milestones")
  func groupedByPhase() {
    let rows = layout(30).panels.flatMap(\.rows)
    let kinds = rows.map(\.kind)
    #expect(kinds.first == .group)
    let bands = rows.enumerated().filter { $0.element.kind == .phase }.map(\.offset)
    #expect(bands.count == 3)
    #expect(rows[bands[0] + 1].label.hasPrefix("\u{2068}G-0\u{2069} "))
    #expect(rows[bands[1] + 1].label.hasPrefix("\u{2068}G-10\u{2069} "))
    #expect(rows[bands[2] + 1].label.hasPrefix("\u{2068}G-20\u{2069} "))
  }

  @Test(
    "bars are placed by date: start at the start day, width to the end of the end day, progress inside"
  )
  func barsFromDates() {
    let l = layout(10)
    let tasks = l.panels.flatMap(\.rows).filter { $0.kind == .task }
    let first = tasks[0]  // G-0: 2026-01-05 to 2026-01-08, 0% done
    #expect(abs(first.barX - l.axis.x(HTMLFixture.day("2026-01-05"))) < 0.01)
    #expect(abs(first.barWidth - 4 * l.axis.dayWidth) < 0.01)
    for t in tasks { #expect(t.progressWidth <= t.barWidth + 0.001 && t.progressWidth >= 0) }
    #expect(
      l.asOfX > l.axis.x(HTMLFixture.day("2026-05-19"))
        && l.asOfX < l.axis.x(HTMLFixture.day("2026-05-21")))
  }

  @Test(
    "an owner goes beside its bar (right, else left), never over it and never outside the chart")
  func barTextBeside() {
    let l = layout(200)
    for row in l.panels.flatMap(\.rows) where row.kind == .task {
      let width = GanttLabel.width(row.barText, fontSize: GanttLabel.barFont)
      if row.barTextInside {
        #expect(
          row.barX - width < GanttLayout.labelWidth
            && row.barX + row.barWidth + width > GanttLayout.width)
      } else if row.barTextAnchorEnd {
        #expect(row.barTextX <= row.barX && row.barTextX - width >= GanttLayout.labelWidth)
      } else {
        #expect(row.barTextX >= row.barX + row.barWidth)
        #expect(row.barTextX + width <= GanttLayout.width)
      }
    }
  }

  @Test(
    "labels are truncated with an ellipsis to fit the label column; wide characters count double")
  func truncation() {
    let cut = GanttLabel.truncate(String(repeating: "x", count: 500), to: GanttRow.labelMax)
    #expect(cut.hasSuffix("…"))
    #expect(GanttLabel.width(cut) <= GanttRow.labelMax)
    let cjk = GanttLabel.truncate(String(repeating: "用", count: 100), to: GanttRow.labelMax)
    #expect(GanttLabel.width(cjk) <= GanttRow.labelMax && cjk.hasSuffix("…"))
    #expect(GanttLabel.truncate("short", to: GanttRow.labelMax) == "short")
    #expect(GanttLabel.truncate("👩‍💻👩‍💻👩‍💻👩‍💻", to: 20).allSatisfy { $0 == "👩‍💻" || $0 == "…" })
  }

  @Test("dependency arrows: one per dependency, dashed when the predecessor sits in another panel")
  func arrows() {
    let l = layout(100)
    let arrows = l.panels.flatMap(\.arrows)
    #expect(arrows.count == 80)  // every task but each fifth depends on the previous one
    #expect(arrows.contains { $0.external })
    #expect(arrows.allSatisfy { $0.path.hasPrefix("M") })
  }

  @Test(
    "month and week grid: every month labelled, Mondays only, weekends shaded only when legible")
  func grid() {
    let axis = layout(10).axis
    let months = axis.months(.english)
    #expect(months.count == 12)
    #expect(months.first?.label == "Jan 2026")
    for w in axis.weeks {
      #expect(abs((w.x - axis.left) / axis.dayWidth).truncatingRemainder(dividingBy: 7) >= 0)
    }
    #expect(axis.daysOff.isEmpty == (axis.dayWidth < 2.5))
  }

  // Its time is measured by scripts/benchmark (2,000 tasks against tj3), not here.
  @Test("2,000 tasks lay out and render, a row each")
  func renderLarge() throws {
    let assessment = HTMLFixture.assessment(generatedTasks: 2_000)
    let page = try String(
      decoding: HTMLTestSupport.renderer().render(assessment).bytes, as: UTF8.self)
    #expect(page.components(separatedBy: "<g class=\"row\">").count - 1 >= 2_000)
  }
}

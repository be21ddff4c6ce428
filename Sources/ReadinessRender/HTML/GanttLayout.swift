import ReadinessCore

/// Pure geometry of the Gantt chart: rows grouped by phase under phase summary bands, bars
/// placed by date, milestones, dependency arrows and the `as_of` line. Rows are cut into panels
/// of at most `rowsPerPanel`, each with its own time header, so a long plan grows downwards
/// (and prints page by page) instead of squeezing rows together.
struct GanttLayout {
  static let rowHeight = 22.0
  /// How far a task's forecast bar, its plan outline and a phase band sit inside its row from
  /// the row's top and bottom: the outline frames the bar over the planned dates.
  static let barInset = 4.0
  static let planInset = 1.5
  static let phaseBandInset = 7.0
  /// Half the width (and half the height) of a milestone diamond.
  static let diamondRadius = 7.0
  /// How far a row's text baseline sits below the row's middle.
  static let baselineDrop = 4.0
  /// The corner radius of a task bar.
  static let barRadius = 2.0
  static let headerHeight = 52.0
  /// The header's three bands, months, weeks and column titles: where the week and title bands
  /// start (the as-of line starts at the title band) and the baseline of each band's text.
  static let header = (
    weekTop: 18.0, titleTop: 34.0, monthBaseline: 13.0, weekBaseline: 31.0, titleBaseline: 45.0,
    asOfBaseline: 46.0
  )
  /// Rows per panel: few enough that a panel and the list of its cut names print on one page.
  static let rowsPerPanel = 20
  /// Left label columns: the row number (right-aligned on `number`), then the left edges of
  /// task, planned end, forecast end, done, slack and status. Each column's text is cut to end
  /// `columnGap` before the next column starts.
  static let columns = (
    number: 32.0, task: 38.0, end: 262.0, forecast: 340.0, done: 418.0, slack: 462.0, status: 506.0
  )
  static let columnGap = 8.0
  static let labelWidth = 620.0
  static let timelineWidth = 860.0
  static var width: Double { labelWidth + timelineWidth }

  let axis: GanttAxis
  let asOfX: Double
  let asOf: Day
  let panels: [GanttPanel]
  let taskCount: Int
  let milestoneCount: Int
  let lateCount: Int
  let criticalCount: Int
  /// The language of the chart's words, figures and dates, whose widths the layout fits.
  let wording: Wording

  /// The chart of `a`, its texts in `wording`'s language.
  init(_ a: Assessment, wording: Wording = .english) {
    self.wording = wording
    let s = a.schedule
    var days = [s.start, s.end, a.asOf]
    days += a.phases.flatMap { [$0.start, $0.end] } + s.milestones.map(\.date)
    days += s.tasks.flatMap { [$0.start, $0.end, $0.forecastStart, $0.forecastEnd] }
    let axis = GanttAxis(
      covering: days, left: Self.labelWidth, width: Self.timelineWidth, calendar: s.calendar)
    self.axis = axis
    asOf = a.asOf
    asOfX = axis.x(a.asOf)
    taskCount = s.tasks.count { !$0.task.milestone }
    milestoneCount = s.tasks.count { $0.task.milestone }
    lateCount = s.tasks.count(where: \.late)
    criticalCount = s.tasks.count(where: \.forecastCritical)

    var rows: [GanttRow] = []
    if !s.milestones.isEmpty {
      let dates = wording(GanttMessages.milestoneDates, ["count": .count(s.milestones.count)])
      rows.append(
        .group(title: wording(GanttMessages.milestones), status: dates, statusClass: "none"))
      rows += s.milestones.map { GanttRow(milestone: $0, axis: axis, wording: wording) }
    }
    for phase in a.phases {
      let tasks = s.tasks.indices.filter { s.tasks[$0].task.phase == phase.id }
      let forecast = tasks.lazy.map { s.tasks[$0].forecastEnd }.max()
      rows.append(GanttRow(phase: phase, forecast: forecast, axis: axis, wording: wording))
      rows += tasks.map { GanttRow(task: s.tasks[$0], axis: axis, wording: wording) }
    }
    var number = 0
    for i in rows.indices where rows[i].kind != .group && rows[i].kind != .phase {
      number += 1
      rows[i].number = number
    }
    panels = GanttPanel.cut(rows)
  }

  /// Total height of all panels, in chart units.
  var height: Double { panels.reduce(0) { $0 + $1.height } }
}

/// A run of rows drawn as one SVG with its own time header.
struct GanttPanel {
  /// The panel's run of the chart's rows, sharing their storage.
  let rows: ArraySlice<GanttRow>
  let arrows: [GanttArrow]
  let height: Double

  /// `rows` cut into panels, each row placed at its height in its panel, with the arrows that
  /// end in each panel's rows.
  static func cut(_ rows: consuming [GanttRow]) -> [GanttPanel] {
    var chunks: [Range<Int>] = []
    var start = 0
    while start < rows.count {
      var end = min(rows.count, start + GanttLayout.rowsPerPanel)
      // A phase or group heading never ends a panel: it moves to the next one, with its rows.
      while end < rows.count, end - 1 > start, [.phase, .group].contains(rows[end - 1].kind) {
        end -= 1
      }
      chunks.append(start..<end)
      start = end
    }
    var located: [String: GanttArrow.Location] = [:]
    for (p, chunk) in chunks.enumerated() {
      for i in chunk {
        rows[i].y = GanttLayout.headerHeight + Double(i - chunk.lowerBound) * GanttLayout.rowHeight
        if let id = rows[i].taskID { located[id] = GanttArrow.Location(panel: p, index: i) }
      }
    }
    let placed = rows
    return chunks.enumerated().map { p, chunk in
      let height = GanttLayout.headerHeight + Double(chunk.count) * GanttLayout.rowHeight + 6
      let arrows = GanttArrow.paths(
        into: chunk, of: placed, panel: p, height: height, located: located)
      return GanttPanel(rows: placed[chunk], arrows: arrows, height: height)
    }
  }
}

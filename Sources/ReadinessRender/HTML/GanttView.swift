import ReadinessCore

/// The Gantt chart as the `gantt` template sees it: `GanttLayout`'s geometry as SVG-ready text,
/// and for the stylesheet, the font sizes its labels are fitted for.
struct GanttView: Encodable {
  let hasRows: Bool
  let summary: String
  let textFont: String
  let barFont: String
  let weekFont: String
  let legend: GanttLegendView
  let grid: GanttGridView
  let panels: [GanttPanelView]

  /// The chart `layout` placed, its texts in the layout's language.
  init(_ layout: GanttLayout) {
    typealias M = GanttMessages
    let wording = layout.wording
    hasRows = layout.panels.contains { !$0.rows.isEmpty }
    let count = { (key: MessageKey, n: Int) in
      MessageArgument.message(Message(key, ["count": .count(n)]))
    }
    summary = wording(
      M.summary,
      [
        "tasks": count(M.tasks, layout.taskCount),
        "milestones": count(M.milestoneTasks, layout.milestoneCount),
        "late": count(M.late, layout.lateCount),
        "critical": count(M.critical, layout.criticalCount),
        "calendar": .message(GanttCalendarNote.message(layout.axis)),
      ])
    textFont = SVGNumber.format(GanttLabel.columnFont)
    barFont = SVGNumber.format(GanttLabel.barFont)
    weekFont = SVGNumber.format(GanttAxis.weekFont)
    legend = GanttLegendView(wording: wording)
    grid = GanttGridView(layout)
    var first = 1
    let total = layout.panels.reduce(0) { $0 + $1.rows.count }
    panels = layout.panels.map { panel in
      defer { first += panel.rows.count }
      return GanttPanelView(panel, layout: layout, firstRow: first, totalRows: total)
    }
  }
}

/// One panel: an SVG with its own time header. The first panel defines the chart's grid, which
/// every panel shows (see `GanttGridView`).
struct GanttPanelView: Encodable {
  let definesGrid: Bool
  let width: String
  let height: String
  let rowHeight: String
  let barRadius: String
  let label: String
  let headerBottom: String
  let asOfTop: String
  let titleY: String
  let asOfLabelY: String
  let gridBottom: String
  let timelineLeft: String
  let colNumber: String
  let colTask: String
  let colEnd: String
  let colForecast: String
  let colDone: String
  let colSlack: String
  let colStatus: String
  let asOfX: String
  let asOfLabel: String
  let asOfLabelX: String
  let asOfAnchor: String
  let rows: [GanttRowView]
  let arrows: [GanttArrowView]
  /// The full names of the rows whose label the chart had to cut, by row number, so print
  /// shows them without hovering.
  let names: [GanttNameView]
  let hasNames: Bool

  init(_ p: GanttPanel, layout: GanttLayout, firstRow: Int, totalRows: Int) {
    let n = SVGNumber.format
    definesGrid = firstRow == 1
    width = n(GanttLayout.width)
    height = n(p.height)
    rowHeight = n(GanttLayout.rowHeight)
    barRadius = n(GanttLayout.barRadius)
    let wording = layout.wording
    label = wording(
      GanttMessages.panel,
      [
        "first": .count(firstRow), "last": .count(firstRow + p.rows.count - 1),
        "total": .count(totalRows),
      ])
    headerBottom = n(GanttLayout.headerHeight)
    let h = GanttLayout.header
    asOfTop = n(h.titleTop)
    (titleY, asOfLabelY) = (n(h.titleBaseline), n(h.asOfBaseline))
    gridBottom = n(p.height - 4)
    timelineLeft = n(GanttLayout.labelWidth)
    let c = GanttLayout.columns
    (colNumber, colTask, colEnd, colForecast) = (n(c.number), n(c.task), n(c.end), n(c.forecast))
    (colDone, colSlack, colStatus) = (n(c.done), n(c.slack), n(c.status))
    asOfX = n(layout.asOfX)
    asOfLabel = wording(GanttMessages.asOf, ["date": .day(layout.asOf)])
    let nearRight = layout.asOfX + 100 > GanttLayout.width
    asOfLabelX = n(layout.asOfX + (nearRight ? -4 : 4))
    asOfAnchor = nearRight ? "end" : "start"
    // Rows are read in place by index: a whole row is too big to copy for each view.
    let first = p.rows.startIndex
    rows = p.rows.indices.map { GanttRowView(p.rows[$0], zebra: ($0 - first) % 2 == 1) }
    arrows = p.arrows.map {
      GanttArrowView(path: $0.path, critical: $0.critical, external: $0.external)
    }
    names = p.rows.indices.compactMap { i in
      guard p.rows[i].nameCut, let number = p.rows[i].number else { return nil }
      return GanttNameView(number: String(number), name: p.rows[i].name)
    }
    hasNames = !names.isEmpty
  }
}

/// A row's number and its whole name.
struct GanttNameView: Encodable {
  let number: String
  let name: String
}

/// A dependency arrow.
struct GanttArrowView: Encodable {
  let path: String
  let critical: Bool
  let external: Bool
}

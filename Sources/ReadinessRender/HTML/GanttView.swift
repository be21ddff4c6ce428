/// The Gantt chart as the `gantt` template sees it: `GanttLayout`'s geometry as SVG-ready text,
/// and for the stylesheet, the font sizes its labels are fitted for.
struct GanttView: Encodable {
  let hasRows: Bool
  let summary: String
  let textFont: String
  let barFont: String
  let weekFont: String
  let legend: GanttLegendView
  let panels: [GanttPanelView]

  init(_ layout: GanttLayout) {
    hasRows = layout.panels.contains { !$0.rows.isEmpty }
    summary =
      "\(layout.taskCount) tasks and \(layout.milestoneCount) task milestones; "
      + "\(layout.lateCount) late, \(layout.criticalCount) on the critical path."
    textFont = SVGNumber.format(GanttLabel.columnFont)
    barFont = SVGNumber.format(GanttLabel.barFont)
    weekFont = SVGNumber.format(GanttAxis.weekFont)
    legend = GanttLegendView()
    var first = 1
    let total = layout.panels.reduce(0) { $0 + $1.rows.count }
    panels = layout.panels.map { panel in
      defer { first += panel.rows.count }
      return GanttPanelView(panel, layout: layout, firstRow: first, totalRows: total)
    }
  }
}

/// One panel: a self-contained SVG with its own time header.
struct GanttPanelView: Encodable {
  let width: String
  let height: String
  let rowHeight: String
  let barRadius: String
  let label: String
  let headerBottom: String
  let weekTop: String
  let asOfTop: String
  let monthLabelY: String
  let weekLabelY: String
  let titleY: String
  let asOfLabelY: String
  let gridBottom: String
  let gridHeight: String
  let timelineLeft: String
  let colNumber: String
  let colTask: String
  let colEnd: String
  let colForecast: String
  let colDone: String
  let colSlack: String
  let colStatus: String
  let months: [GanttTickView]
  let weeks: [GanttTickView]
  let weekends: [GanttSpanView]
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
    width = n(GanttLayout.width)
    height = n(p.height)
    rowHeight = n(GanttLayout.rowHeight)
    barRadius = n(GanttLayout.barRadius)
    label = "Gantt chart rows \(firstRow) to \(firstRow + p.rows.count - 1) of \(totalRows)"
    headerBottom = n(GanttLayout.headerHeight)
    let h = GanttLayout.header
    (weekTop, asOfTop) = (n(h.weekTop), n(h.titleTop))
    (monthLabelY, weekLabelY, titleY, asOfLabelY) =
      (n(h.monthBaseline), n(h.weekBaseline), n(h.titleBaseline), n(h.asOfBaseline))
    gridBottom = n(p.height - 4)
    gridHeight = n(p.height - 4 - GanttLayout.headerHeight)
    timelineLeft = n(GanttLayout.labelWidth)
    let c = GanttLayout.columns
    (colNumber, colTask, colEnd, colForecast) = (n(c.number), n(c.task), n(c.end), n(c.forecast))
    (colDone, colSlack, colStatus) = (n(c.done), n(c.slack), n(c.status))
    months = layout.axis.months.map(GanttTickView.init)
    weeks = layout.axis.weeks.map(GanttTickView.init)
    weekends = layout.axis.weekends.map { GanttSpanView(x: n($0.x), width: n($0.width)) }
    asOfX = n(layout.asOfX)
    asOfLabel = "as of \(layout.asOf.iso)"
    let nearRight = layout.asOfX + 100 > GanttLayout.width
    asOfLabelX = n(layout.asOfX + (nearRight ? -4 : 4))
    asOfAnchor = nearRight ? "end" : "start"
    rows = p.rows.enumerated().map { GanttRowView($1, zebra: $0 % 2 == 1) }
    arrows = p.arrows.map {
      GanttArrowView(path: $0.path, critical: $0.critical, external: $0.external)
    }
    names = p.rows.compactMap { r in
      guard r.nameCut, let number = r.number else { return nil }
      return GanttNameView(number: String(number), name: r.name)
    }
    hasNames = !names.isEmpty
  }
}

/// A row's number and its whole name.
struct GanttNameView: Encodable {
  let number: String
  let name: String
}

/// A labelled grid line.
struct GanttTickView: Encodable {
  let x: String
  let label: String
  let labelX: String
  let hasLabel: Bool

  init(_ t: GanttAxis.Tick) {
    x = SVGNumber.format(t.x)
    label = t.label
    labelX = SVGNumber.format(t.labelX)
    hasLabel = !t.label.isEmpty
  }
}

/// A shaded weekend.
struct GanttSpanView: Encodable {
  let x: String
  let width: String
}

/// A dependency arrow.
struct GanttArrowView: Encodable {
  let path: String
  let critical: Bool
  let external: Bool
}

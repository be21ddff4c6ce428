/// The Gantt chart as the `gantt` template sees it: `GanttLayout`'s geometry as SVG-ready text.
struct GanttView {
  let hasRows: Bool
  let summary: String
  let panels: [GanttPanelView]

  init(_ layout: GanttLayout) {
    hasRows = layout.panels.contains { !$0.rows.isEmpty }
    summary =
      "\(layout.taskCount) tasks and \(layout.milestoneCount) task milestones; "
      + "\(layout.lateCount) late, \(layout.criticalCount) on the critical path."
    var first = 1
    let total = layout.panels.reduce(0) { $0 + $1.rows.count }
    panels = layout.panels.map { panel in
      defer { first += panel.rows.count }
      return GanttPanelView(panel, layout: layout, firstRow: first, totalRows: total)
    }
  }
}

/// One panel: a self-contained SVG with its own time header.
struct GanttPanelView {
  let width: String
  let height: String
  let rowHeight: String
  let label: String
  let headerBottom: String
  let gridBottom: String
  let gridHeight: String
  let timelineLeft: String
  let colTask: String
  let colEnd: String
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

  init(_ p: GanttPanel, layout: GanttLayout, firstRow: Int, totalRows: Int) {
    let n = GanttArrow.n
    width = n(GanttLayout.width)
    height = n(p.height)
    rowHeight = n(GanttLayout.rowHeight)
    label = "Gantt chart rows \(firstRow) to \(firstRow + p.rows.count - 1) of \(totalRows)"
    headerBottom = n(GanttLayout.headerHeight)
    gridBottom = n(p.height - 4)
    gridHeight = n(p.height - 4 - GanttLayout.headerHeight)
    timelineLeft = n(GanttLayout.labelWidth)
    let c = GanttLayout.columns
    (colTask, colEnd, colDone, colSlack, colStatus) = (n(c.task), n(c.end), n(c.done), n(c.slack), n(c.status))
    months = layout.axis.months.map(GanttTickView.init)
    weeks = layout.axis.weeks.map(GanttTickView.init)
    weekends = layout.axis.weekends.map { GanttSpanView(x: n($0.x), width: n($0.width)) }
    asOfX = n(layout.asOfX)
    asOfLabel = "as of \(layout.asOf.iso)"
    let nearRight = layout.asOfX + 100 > GanttLayout.width
    asOfLabelX = n(layout.asOfX + (nearRight ? -4 : 4))
    asOfAnchor = nearRight ? "end" : "start"
    rows = p.rows.enumerated().map { GanttRowView($1, zebra: $0 % 2 == 1) }
    arrows = p.arrows.map { GanttArrowView(path: $0.path, critical: $0.critical, external: $0.external) }
  }
}

/// A labelled grid line.
struct GanttTickView {
  let x: String
  let label: String
  let labelX: String
  let hasLabel: Bool

  init(_ t: GanttAxis.Tick) {
    x = GanttArrow.n(t.x)
    label = t.label
    labelX = GanttArrow.n(t.labelX)
    hasLabel = !t.label.isEmpty
  }
}

/// A shaded weekend.
struct GanttSpanView {
  let x: String
  let width: String
}

/// A dependency arrow.
struct GanttArrowView {
  let path: String
  let critical: Bool
  let external: Bool
}

/// One row as SVG-ready text.
struct GanttRowView {
  let isGroup: Bool
  let isPhase: Bool
  let isTask: Bool
  let isMilestone: Bool
  let isProgrammeMilestone: Bool
  let zebra: Bool
  let y: String
  let textY: String
  let barY: String
  let barHeight: String
  let label: String
  let fullText: String
  let end: String
  let done: String
  let slack: String
  let status: String
  let statusClass: String
  let barX: String
  let barWidth: String
  let progressWidth: String
  let critical: Bool
  let late: Bool
  let diamond: String
  let barText: String
  let barTextX: String
  let barTextAnchor: String
  let barTextInside: Bool

  init(_ r: GanttRow, zebra: Bool) {
    let n = GanttArrow.n
    isGroup = r.kind == .group
    isPhase = r.kind == .phase
    isTask = r.kind == .task
    isMilestone = r.kind == .milestone
    isProgrammeMilestone = r.kind == .programmeMilestone
    self.zebra = zebra
    y = n(r.y)
    textY = n(r.y + GanttLayout.rowHeight / 2 + 4)
    let inset = r.kind == .phase ? 7.0 : 4.0
    barY = n(r.y + inset)
    barHeight = n(GanttLayout.rowHeight - 2 * inset)
    (label, fullText, end, done, slack) = (r.label, r.fullText, r.end, r.done, r.slack)
    (status, statusClass) = (r.status, r.statusClass)
    barX = n(r.barX)
    barWidth = n(r.barWidth)
    progressWidth = n(r.progressWidth)
    critical = r.critical
    late = r.late
    let (cx, cy, h) = (r.barX, r.midY, 7.0)
    diamond = "M\(n(cx)),\(n(cy - h)) L\(n(cx + h)),\(n(cy)) L\(n(cx)),\(n(cy + h)) L\(n(cx - h)),\(n(cy)) Z"
    barText = r.barText
    barTextX = n(r.barTextX)
    barTextAnchor = r.barTextAnchorEnd ? "end" : "start"
    barTextInside = r.barTextInside
  }
}

/// The time grid behind the chart's timeline: day-off and holiday shading, week and month lines, and the
/// header's week and month labels. It is the same in every panel but for its height, so the page
/// draws it once, in the first panel, as a symbol every panel shows cut to its own height: the
/// page grows with the number of rows, not with rows times the length of the plan. Each kind of
/// mark is one path.
struct GanttGridView: Encodable {
  /// The tallest panel's grid bottom: how far down the symbol draws its lines.
  let height: String
  let hasDaysOff: Bool
  let daysOff: String
  let hasHolidays: Bool
  let holidays: String
  let weeks: String
  let months: String
  let weekLabels: [GanttTickView]
  let monthLabels: [GanttTickView]
  let weekLabelY: String
  let monthLabelY: String

  init(_ layout: GanttLayout) {
    let n = SVGNumber.format
    let bottom = (layout.panels.map(\.height).max() ?? GanttLayout.headerHeight) - 4
    let b = n(bottom)
    let h = GanttLayout.header
    height = b
    let top = n(GanttLayout.headerHeight)
    func path(_ spans: [GanttAxis.Span]) -> String {
      spans.map { "M\(n($0.x)),\(top)h\(n($0.width))V\(b)h-\(n($0.width))Z" }.joined()
    }
    daysOff = path(layout.axis.daysOff)
    hasDaysOff = !daysOff.isEmpty
    holidays = path(layout.axis.holidays)
    hasHolidays = !holidays.isEmpty
    let weekTicks = layout.axis.weeks
    let monthTicks = layout.axis.months(layout.wording)
    weeks = weekTicks.map { "M\(n($0.x)),\(n(h.weekTop))V\(b)" }.joined()
    months = monthTicks.map { "M\(n($0.x)),0V\(b)" }.joined()
    weekLabels = weekTicks.filter { !$0.label.isEmpty }.map(GanttTickView.init)
    monthLabels = monthTicks.filter { !$0.label.isEmpty }.map(GanttTickView.init)
    (weekLabelY, monthLabelY) = (n(h.weekBaseline), n(h.monthBaseline))
  }
}

/// A grid label and where it goes.
struct GanttTickView: Encodable {
  let label: String
  let labelX: String

  init(_ t: GanttAxis.Tick) {
    label = t.label
    labelX = SVGNumber.format(t.labelX)
  }
}

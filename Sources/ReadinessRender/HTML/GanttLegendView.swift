/// The Gantt's key as the `gantt` template sees it: one sample of each mark in a row drawn with
/// the chart's own row geometry, as wide as a panel, so the key scales like the chart and each
/// sample looks like what it explains.
struct GanttLegendView {
  /// Where each sample's mark goes (a bar's left edge, a diamond's centre, an arrow's start, the
  /// as-of line) and where its text starts, left to right.
  static let samples = (
    planned: (x: 4.0, text: 54.0), late: (x: 170.0, text: 220.0), critical: (x: 340.0, text: 390.0),
    milestone: (x: 566.0, text: 580.0), programmeMilestone: (x: 676.0, text: 690.0),
    dependency: (x: 830.0, text: 880.0), external: (x: 980.0, text: 1030.0), asOf: (x: 1240.0, text: 1248.0))
  /// A sample bar's width and the width of its done part.
  static let bar = (width: 44.0, done: 26.0)
  static let arrowLength = 42.0
  /// Room above and below the sample row.
  static let padding = 6.0

  let width: String
  let height: String
  let barY: String
  let barHeight: String
  let barWidth: String
  let doneWidth: String
  let barRadius: String
  let textY: String
  let lineTop: String
  let lineBottom: String
  let plannedSample: GanttLegendSample
  let lateSample: GanttLegendSample
  let criticalSample: GanttLegendSample
  let milestoneSample: GanttLegendSample
  let programmeMilestoneSample: GanttLegendSample
  let dependencySample: GanttLegendSample
  let externalSample: GanttLegendSample
  let asOfSample: GanttLegendSample

  init() {
    let n = SVGNumber.format
    let top = Self.padding
    let middle = top + GanttLayout.rowHeight / 2
    width = n(GanttLayout.width)
    height = n(GanttLayout.rowHeight + 2 * top)
    barY = n(top + GanttLayout.barInset)
    barHeight = n(GanttLayout.rowHeight - 2 * GanttLayout.barInset)
    barWidth = n(Self.bar.width)
    doneWidth = n(Self.bar.done)
    barRadius = n(GanttLayout.barRadius)
    textY = n(middle + GanttLayout.baselineDrop)
    lineTop = n(top)
    lineBottom = n(top + GanttLayout.rowHeight)
    let s = Self.samples
    plannedSample = GanttLegendSample(s.planned)
    lateSample = GanttLegendSample(s.late)
    criticalSample = GanttLegendSample(s.critical)
    milestoneSample = GanttLegendSample(
      s.milestone, path: GanttRowView.diamond(x: s.milestone.x, y: middle))
    programmeMilestoneSample = GanttLegendSample(
      s.programmeMilestone, path: GanttRowView.diamond(x: s.programmeMilestone.x, y: middle))
    let arrow = { (x: Double) in "M\(n(x)),\(n(middle)) H\(n(x + Self.arrowLength))" }
    dependencySample = GanttLegendSample(s.dependency, path: arrow(s.dependency.x))
    externalSample = GanttLegendSample(s.external, path: arrow(s.external.x))
    asOfSample = GanttLegendSample(s.asOf)
  }
}

/// One sample of the key: its mark's x (and path, for a diamond or an arrow) and its text's x.
struct GanttLegendSample {
  let x: String
  let textX: String
  let path: String

  init(_ place: (x: Double, text: Double), path: String = "") {
    x = SVGNumber.format(place.x)
    textX = SVGNumber.format(place.text)
    self.path = path
  }
}

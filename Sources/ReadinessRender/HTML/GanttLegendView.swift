import ReadinessCore

/// The Gantt's key as the `gantt` template sees it: one sample of each mark, drawn with the
/// chart's own row geometry, as wide as a panel, so the key scales like the chart and each
/// sample looks like what it explains. Samples run left to right and wrap onto further rows;
/// each one's place comes from the widths of the marks and texts before it.
struct GanttLegendView: Encodable {
  /// A sample bar's width, the width of its done part, and how much of it lies in the plan.
  static let bar = (width: 44.0, done: 26.0, planned: 28.0)
  static let arrowLength = 42.0
  /// Room above and below the rows, between a mark and its text, and after each text.
  static let padding = 6.0
  static let textGap = 8.0
  static let sampleGap = 26.0

  let width: String
  let height: String
  let barHeight: String
  let barWidth: String
  let doneWidth: String
  let plannedWidth: String
  let slipWidth: String
  let planHeight: String
  let barRadius: String
  let forecastSample: GanttLegendSample
  let planSample: GanttLegendSample
  let slipSample: GanttLegendSample
  let criticalSample: GanttLegendSample
  let milestoneSample: GanttLegendSample
  let plannedMilestoneSample: GanttLegendSample
  let programmeMilestoneSample: GanttLegendSample
  let dependencySample: GanttLegendSample
  let externalSample: GanttLegendSample
  let asOfSample: GanttLegendSample

  /// The key with its texts in `wording`'s language, placed by their widths.
  init(wording: Wording) {
    typealias M = GanttNoteMessages
    let n = SVGNumber.format
    let diamond = 2 * GanttLayout.diamondRadius
    // The sample slip's text, "+12 d", before the slip sample's own text.
    let slipExample = wording(GanttRow.slip(12))
    // (mark width, text) of each sample, in order.
    let keys: [(Double, MessageKey)] = [
      (Self.bar.width, M.forecast), (Self.bar.width, M.plan),
      (
        Self.bar.width + Self.textGap
          + GanttLabel.width(slipExample, fontSize: GanttLabel.barFont), M.slip
      ),
      (Self.bar.width, M.critical), (diamond, M.milestone), (diamond, M.plannedMilestone),
      (diamond, M.programmeMilestone), (Self.arrowLength, M.dependency),
      (Self.arrowLength, M.external), (0, M.asOf),
    ]
    let marks = keys.map { ($0.0, wording($0.1)) }
    var placed: [(x: Double, text: Double, row: Int)] = []
    var x = Self.padding
    var row = 0
    for (mark, text) in marks {
      let room = mark + Self.textGap + GanttLabel.width(text)
      if x + room > GanttLayout.width - Self.padding && x > Self.padding {
        (x, row) = (Self.padding, row + 1)
      }
      placed.append((x, x + mark + Self.textGap, row))
      x += room + Self.sampleGap
    }
    let rows = Double((placed.last?.row ?? 0) + 1)
    width = n(GanttLayout.width)
    height = n(rows * GanttLayout.rowHeight + 2 * Self.padding)
    barHeight = n(GanttLayout.rowHeight - 2 * GanttLayout.barInset)
    planHeight = n(GanttLayout.rowHeight - 2 * GanttLayout.planInset)
    barWidth = n(Self.bar.width)
    doneWidth = n(Self.bar.done)
    plannedWidth = n(Self.bar.planned)
    slipWidth = n(Self.bar.width - Self.bar.planned)
    barRadius = n(GanttLayout.barRadius)
    let sample = { (i: Int, kind: GanttLegendSample.Mark) in
      GanttLegendSample(placed[i], kind, text: marks[i].1, slipText: slipExample)
    }
    forecastSample = sample(0, .bar)
    planSample = sample(1, .bar)
    slipSample = sample(2, .slip)
    criticalSample = sample(3, .bar)
    milestoneSample = sample(4, .diamond)
    plannedMilestoneSample = sample(5, .diamond)
    programmeMilestoneSample = sample(6, .diamond)
    dependencySample = sample(7, .arrow)
    externalSample = sample(8, .arrow)
    asOfSample = sample(9, .line)
  }
}

/// One sample of the key: where its mark and text go in its row of the key.
struct GanttLegendSample: Encodable {
  enum Mark { case bar, slip, diamond, arrow, line }

  let x: String
  let textX: String
  let text: String
  let barY: String
  let planY: String
  let textY: String
  let lineTop: String
  let lineBottom: String
  /// A diamond's or an arrow's path; the slip sample's hatch and slip-text x.
  let path: String
  let hatchX: String
  let slipTextX: String
  let slipText: String

  init(
    _ place: (x: Double, text: Double, row: Int), _ mark: Mark, text: String, slipText: String
  ) {
    let n = SVGNumber.format
    self.text = text
    let top = GanttLegendView.padding + Double(place.row) * GanttLayout.rowHeight
    let middle = top + GanttLayout.rowHeight / 2
    let bar = GanttLegendView.bar
    x = n(mark == .diamond ? place.x + GanttLayout.diamondRadius : place.x)
    textX = n(place.text)
    barY = n(top + GanttLayout.barInset)
    planY = n(top + GanttLayout.planInset)
    textY = n(middle + GanttLayout.baselineDrop)
    lineTop = n(top)
    lineBottom = n(top + GanttLayout.rowHeight)
    switch mark {
    case .diamond: path = GanttRowView.diamond(x: place.x + GanttLayout.diamondRadius, y: middle)
    case .arrow: path = "M\(n(place.x)),\(n(middle)) H\(n(place.x + GanttLegendView.arrowLength))"
    default: path = ""
    }
    hatchX = n(place.x + bar.planned)
    slipTextX = n(place.x + bar.width + GanttLegendView.textGap)
    self.slipText = slipText
  }
}

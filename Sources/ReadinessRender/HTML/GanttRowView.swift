/// One row as SVG-ready text.
struct GanttRowView: Encodable {
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
  let number: String
  let hasNumber: Bool
  let label: String
  let fullText: String
  let end: String
  let forecast: String
  let forecastClass: String
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
  let planY: String
  let planHeight: String
  let planX: String
  let planWidth: String
  let hasPlanOutline: Bool
  let planDiamond: String
  let hasPlanDiamond: Bool
  let slipX: String
  let slipWidth: String
  let hasSlipHatch: Bool
  let slipText: String
  let hasSlipText: Bool
  let barText: String
  let barTextX: String
  /// Whether the bar text ends at `barTextX` (it starts there otherwise, SVG's default).
  let barTextEnd: Bool

  init(_ r: GanttRow, zebra: Bool) {
    let n = SVGNumber.format
    isGroup = r.kind == .group
    isPhase = r.kind == .phase
    isTask = r.kind == .task
    isMilestone = r.kind == .milestone
    isProgrammeMilestone = r.kind == .programmeMilestone
    self.zebra = zebra
    y = n(r.y)
    textY = n(r.midY + GanttLayout.baselineDrop)
    let inset = r.kind == .phase ? GanttLayout.phaseBandInset : GanttLayout.barInset
    barY = n(r.y + inset)
    barHeight = n(GanttLayout.rowHeight - 2 * inset)
    number = r.number.map(String.init) ?? ""
    hasNumber = r.number != nil
    (label, fullText, end, done, slack) = (r.label, r.fullText, r.end, r.done, r.slack)
    forecast = r.forecast
    forecastClass = r.forecastLate ? "cell slipped" : "cell"
    (status, statusClass) = (r.status, r.statusClass)
    barX = n(r.barX)
    barWidth = n(r.barWidth)
    progressWidth = n(r.progressWidth)
    critical = r.critical
    late = r.late
    diamond = Self.diamond(x: r.barX, y: r.midY)
    planY = n(r.y + GanttLayout.planInset)
    planHeight = n(GanttLayout.rowHeight - 2 * GanttLayout.planInset)
    planX = n(r.planX ?? 0)
    planWidth = n(r.planWidth)
    hasPlanOutline = r.kind == .task && r.planX != nil
    planDiamond = r.planX.map { Self.diamond(x: $0, y: r.midY) } ?? ""
    hasPlanDiamond = r.kind == .milestone && r.planX != nil
    slipX = n(r.slipX)
    slipWidth = n(r.slipWidth)
    hasSlipHatch = r.slipWidth > 0
    slipText = r.slipText
    hasSlipText = !r.slipText.isEmpty
    barText = r.barText
    barTextX = n(r.barTextX)
    barTextEnd = r.barTextAnchorEnd
  }

  /// The path of a milestone diamond centred on `x`, `y`.
  static func diamond(x: Double, y: Double) -> String {
    let n = SVGNumber.format
    let h = GanttLayout.diamondRadius
    return "M\(n(x)),\(n(y - h)) L\(n(x + h)),\(n(y)) L\(n(x)),\(n(y + h)) L\(n(x - h)),\(n(y)) Z"
  }
}

import ReadinessCore

/// One row of the Gantt chart: a phase band, a task bar, a task milestone or a programme
/// milestone, with its label columns and where its bar and bar text go. A task's bar is its
/// forecast; its plan is an outline (a hollow diamond for a milestone) where the two differ.
struct GanttRow {
  enum Kind: String { case group, phase, task, milestone, programmeMilestone }

  var kind: Kind
  var taskID: String?
  var dependsOn: [String] = []
  /// Top of the row inside its panel.
  var y = 0.0
  /// The row's number in the chart (tasks and milestones only), for the list of full names.
  var number: Int?
  var label: String
  /// The whole name the label shows, and whether the label had to cut it.
  var name = ""
  var nameCut = false
  var fullText: String
  var end = ""
  var forecast = ""
  var forecastLate = false
  var done = ""
  var slack = ""
  var status: String
  var statusClass: String
  var barX = 0.0
  var barWidth = 0.0
  var progressWidth = 0.0
  /// The plan: an outline (a task) or a hollow diamond's centre (a milestone), nil when the
  /// row has no plan of its own to show.
  var planX: Double?
  var planWidth = 0.0
  /// The stretch of the bar past the planned end, hatched, and the slip as text.
  var slipX = 0.0
  var slipWidth = 0.0
  var slipText = ""
  var critical = false
  var late = false
  var barText = ""
  var barTextX = 0.0
  var barTextAnchorEnd = false
  var barTextInside = false

  /// The widest a task or milestone name may be: the task column, up to the gap before End.
  static let labelMax = GanttLayout.columns.end - GanttLayout.columns.task - GanttLayout.columnGap
  /// The widest a status may be: the status column, up to the timeline's divider.
  static let statusMax =
    GanttLayout.labelWidth - GanttLayout.columns.status - GanttLayout.columnGap / 2
  /// The widest an owner beside or inside a bar may be.
  static let barTextMax = 140.0

  /// A header row naming a group, without a bar.
  static func group(title: String, status: String, statusClass: String) -> GanttRow {
    GanttRow(
      kind: .group, label: GanttLabel.truncate(title, to: labelMax, bold: true), fullText: title,
      status: status, statusClass: statusClass)
  }

  init(kind: Kind, label: String, fullText: String, status: String, statusClass: String) {
    self.kind = kind
    self.label = label
    self.fullText = fullText
    self.status = GanttLabel.truncate(status, to: Self.statusMax, bold: true)
    self.statusClass = statusClass
  }

  /// `lead` and `text` fitted to the task column, with the whole name and whether it was cut.
  static func named(_ lead: String, _ text: String) -> (label: String, name: String, cut: Bool) {
    let label = GanttLabel.fit(lead, text, to: labelMax)
    let whole = text.isEmpty ? lead : lead + " " + text
    let uncut =
      text.isEmpty
      ? GanttLabel.isolate(lead) : GanttLabel.isolate(lead) + " " + GanttLabel.isolate(text)
    return (label, whole, label != uncut)
  }

  /// Puts `text` beside the row's marks, never over the progress fill or the slip hatching:
  /// right of all of them (`left`…`right`: bar and plan outline, or diamonds), else just left
  /// of the bar when that clears the plan, else left of all of them; only marks spanning
  /// nearly the whole chart carry it inside.
  mutating func placeText(
    _ text: String, axis: GanttAxis, from left: Double, to right: Double, mark: Bool
  ) {
    barText = text
    let textWidth = GanttLabel.width(text, fontSize: GanttLabel.barFont)
    let pad = mark ? 10.0 : 4.0
    let planEnd = planX.map {
      $0 + planWidth + (kind == .milestone ? GanttLayout.diamondRadius : 0)
    }
    let beforeBar = barX - pad
    if right + pad + textWidth <= axis.left + axis.width {
      barTextX = right + pad
    } else if beforeBar - textWidth >= max(axis.left, planEnd ?? axis.left) {
      (barTextX, barTextAnchorEnd) = (beforeBar, true)
    } else if left - pad - textWidth >= axis.left {
      (barTextX, barTextAnchorEnd) = (left - pad, true)
    } else {
      barTextX = left + 4
      barTextInside = true
    }
  }

  /// Vertical centre of the row.
  var midY: Double { y + GanttLayout.rowHeight / 2 }

  /// Where an arrow to this row's successors leaves, and where one from its predecessors lands.
  var exitX: Double { kind == .milestone ? barX + GanttLayout.diamondRadius : barX + barWidth }
  var entryX: Double { kind == .milestone ? barX - GanttLayout.diamondRadius : barX }
}

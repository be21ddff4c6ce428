import ReadinessCore

/// One row of the Gantt chart: a phase band, a task bar, a task milestone or a programme
/// milestone, with its label columns and where its bar and bar text go.
struct GanttRow {
  enum Kind: String { case group, phase, task, milestone, programmeMilestone }

  var kind: Kind
  var taskID: String?
  var dependsOn: [String] = []
  /// Top of the row inside its panel.
  var y = 0.0
  var label: String
  var fullText: String
  var end = ""
  var done = ""
  var slack = ""
  var status: String
  var statusClass: String
  var barX = 0.0
  var barWidth = 0.0
  var progressWidth = 0.0
  var critical = false
  var late = false
  var barText = ""
  var barTextX = 0.0
  var barTextAnchorEnd = false
  var barTextInside = false

  /// The widest a task or milestone name may be: the task column, up to the gap before End.
  static let labelMax = GanttLayout.columns.end - GanttLayout.columns.task - GanttLayout.columnGap
  /// The widest a status may be: the status column, up to the timeline's divider.
  static let statusMax = GanttLayout.labelWidth - GanttLayout.columns.status - GanttLayout.columnGap / 2
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

  init(phase p: PhaseResult, axis: GanttAxis) {
    let name = HTMLRAG.phaseName(p.id)
    let score = p.score.map { HTMLText.decimal($0) } ?? "n/a"
    self.init(
      kind: .phase, label: name,
      fullText: "\(name): \(p.start.iso) to \(p.end.iso), score \(score) of 100 "
        + "(expected \(HTMLText.decimal(p.expected))), \(HTMLRAG.text(p.rag)): \(HTMLText.clean(p.ragReason))",
      status: HTMLRAG.text(p.rag), statusClass: p.rag.rawValue)
    end = p.end.iso
    done = p.score.map { HTMLText.decimal($0) + "%" } ?? "n/a"
    barX = axis.x(p.start)
    barWidth = axis.xEnd(p.end) - barX
    progressWidth = barWidth * min(1, max(0, (p.score ?? 0) / 100))
  }

  init(milestone m: MilestoneDate, axis: GanttAxis) {
    let title = HTMLText.clean(m.title, or: HTMLText.clean(m.id))
    let id = HTMLText.clean(m.id)
    let text = "\(id): \(title)"
    self.init(
      kind: .programmeMilestone, label: GanttLabel.fit(id + ":", title, to: Self.labelMax),
      fullText: "\(text), \(m.date.iso)\(m.isDefault ? " (default date, SPEC §5)" : "")",
      status: m.isDefault ? "default date" : "set", statusClass: "none")
    end = m.date.iso
    barX = axis.x(m.date) + axis.dayWidth / 2
    placeText(m.date.iso, axis: axis, width: 0)
  }

  init(task t: ScheduledTask, axis: GanttAxis) {
    let id = HTMLText.clean(t.task.id)
    let title = HTMLText.clean(t.task.title)
    let owner = HTMLText.clean(t.task.owner, or: "unassigned")
    var flags: [String] = []
    if t.late { flags.append("LATE") }
    if t.critical { flags.append("CRITICAL") }
    if flags.isEmpty { flags.append(t.task.progress >= 100 ? "done" : HTMLText.words(t.task.status.rawValue)) }
    var full = "\(id) \(title). Owner \(owner). \(t.start.iso) to \(t.end.iso)"
    full += t.task.milestone ? " (milestone)" : ", \(t.workingDays) working days"
    full += ". \(Figures.percent(t.task.progress)) done, \(HTMLText.words(t.task.status.rawValue))"
    full += ". Slack \(t.slack) working days\(t.critical ? ", on the critical path" : "")"
    if t.late { full += ". LATE: " + HTMLText.clean(t.lateReason, or: "past its end") }
    if !t.task.dependsOn.isEmpty { full += ". After " + t.task.dependsOn.map { HTMLText.clean($0) }.joined(separator: ", ") }
    self.init(
      kind: t.task.milestone ? .milestone : .task,
      label: GanttLabel.fit(id, title, to: Self.labelMax), fullText: full,
      status: flags.joined(separator: " · "),
      statusClass: t.late ? "late" : t.critical ? "critical" : "none")
    taskID = t.task.id
    dependsOn = t.task.dependsOn
    end = t.end.iso
    done = Figures.percent(t.task.progress)
    slack = "\(t.slack) d"
    critical = t.critical
    late = t.late
    let ownerCut = GanttLabel.truncate(owner, to: Self.barTextMax, fontSize: GanttLabel.barFont)
    let ownerText = GanttLabel.isolate(ownerCut)
    if t.task.milestone {
      barX = axis.x(t.end) + axis.dayWidth / 2
      placeText(ownerText, axis: axis, width: 0)
    } else {
      barX = axis.x(t.start)
      barWidth = max(2, axis.xEnd(t.end) - barX)
      progressWidth = barWidth * min(1, max(0, t.task.progress / 100))
      placeText(ownerText, axis: axis, width: barWidth)
    }
  }

  /// Puts `text` just right of the bar, else just left of it, so it never hides the progress
  /// fill or the late hatching; only a bar spanning nearly the whole chart carries it inside.
  private mutating func placeText(_ text: String, axis: GanttAxis, width: Double) {
    barText = text
    let textWidth = GanttLabel.width(text, fontSize: GanttLabel.barFont)
    let pad = width == 0 ? 10.0 : 4.0
    if barX + width + pad + textWidth <= axis.left + axis.width {
      barTextX = barX + width + pad
    } else if barX - pad - textWidth >= axis.left {
      barTextX = barX - pad
      barTextAnchorEnd = true
    } else {
      barTextX = barX + 4
      barTextInside = true
    }
  }

  /// The same row placed at `y` in its panel.
  func at(y: Double) -> GanttRow {
    var row = self
    row.y = y
    return row
  }

  /// Vertical centre of the row.
  var midY: Double { y + GanttLayout.rowHeight / 2 }

  /// Where an arrow to this row's successors leaves, and where one from its predecessors lands.
  var exitX: Double { kind == .milestone ? barX + GanttLayout.diamondRadius : barX + barWidth }
  var entryX: Double { kind == .milestone ? barX - GanttLayout.diamondRadius : barX }
}

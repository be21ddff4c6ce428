import ReadinessCore

extension GanttRow {
  /// A task or task milestone: the bar (or diamond) at its forecast, the plan as an outline (or
  /// a hollow diamond) where it differs, the slip hatched past the planned end, and beside it
  /// the slip and the owner (`barText` is the owner; the slip goes before it, placed with it).
  init(task t: ScheduledTask, axis: GanttAxis) {
    let id = HTMLText.clean(t.task.id)
    let title = HTMLText.clean(t.task.title)
    let owner = HTMLText.clean(t.task.owner, or: "unassigned")
    let status = t.task.status.words
    let done = Figures.percent(t.task.progress)
    let (endISO, forecastEndISO) = (t.end.iso, t.forecastEnd.iso)
    var flags: [String] = []
    if t.late { flags.append("LATE") }
    if t.forecastCritical { flags.append("CRITICAL") }
    if flags.isEmpty { flags.append(t.task.progress >= 100 ? "done" : status) }
    let slip = Self.slipText(t.slip)
    var full = "\(id) \(title). Owner \(owner). Plan \(t.start.iso) to \(endISO)"
    full += t.task.milestone ? " (milestone)" : ", \(t.workingDays) working days"
    full += ". Forecast \(t.forecastStart.iso) to \(forecastEndISO)"
    full += t.slip == 0 ? ", on plan" : ", slip \(slip)"
    full += ". \(done) done, \(status)"
    full +=
      t.forecastSlack.map {
        ". Slack \($0) working days\(t.forecastCritical ? ", on the critical path" : "")"
      } ?? ". Fixed: \(t.task.milestone ? "nothing pushes it" : "done")"
    full += " (plan slack \(t.slack))"
    if t.late { full += ". LATE: " + HTMLText.clean(t.lateReason, or: "past its end") }
    if !t.task.dependsOn.isEmpty {
      full += ". After " + t.task.dependsOn.map { HTMLText.clean($0) }.joined(separator: ", ")
    }
    let fitted = Self.named(id, title)
    self.init(
      kind: t.task.milestone ? .milestone : .task, label: fitted.label, fullText: full,
      status: flags.joined(separator: " · "),
      statusClass: t.late ? "late" : t.forecastCritical ? "critical" : "none")
    (name, nameCut) = (fitted.name, fitted.cut)
    taskID = t.task.id
    dependsOn = t.task.dependsOn
    end = endISO
    forecast = forecastEndISO
    forecastLate = t.slip > 0
    self.done = done
    slack = t.forecastSlack.map { "\($0) d" } ?? "–"
    critical = t.forecastCritical
    late = t.late
    slipText = t.slip == 0 ? "" : slip
    let ownerCut = GanttLabel.truncate(owner, to: Self.barTextMax, fontSize: GanttLabel.barFont)
    let ownerText = GanttLabel.isolate(ownerCut)
    let besideText = (slipText.isEmpty ? "" : slipText + " ") + ownerText
    if t.task.milestone {
      barX = axis.x(t.forecastEnd) + axis.dayWidth / 2
      if t.forecastEnd != t.end { planX = axis.x(t.end) + axis.dayWidth / 2 }
      let left = min(barX, planX ?? barX)
      placeText(besideText, axis: axis, from: left, to: max(barX, planX ?? barX), mark: true)
    } else {
      barX = axis.x(t.forecastStart)
      barWidth = max(2, axis.xEnd(t.forecastEnd) - barX)
      progressWidth = barWidth * min(1, max(0, t.task.progress / 100))
      let plan = axis.x(t.start)
      planX = plan
      planWidth = max(2, axis.xEnd(t.end) - plan)
      if t.forecastEnd > t.end {
        slipX = max(barX, axis.xEnd(t.end))
        slipWidth = barX + barWidth - slipX
      }
      placeText(
        besideText, axis: axis, from: min(barX, plan), to: max(barX + barWidth, plan + planWidth),
        mark: false)
    }
    barText = ownerText
  }

  /// Slip in working days with its sign: `+12 d`, `−3 d`.
  static func slipText(_ slip: Int) -> String {
    slip > 0 ? "+\(slip) d" : slip < 0 ? "−\(-slip) d" : "0 d"
  }
}

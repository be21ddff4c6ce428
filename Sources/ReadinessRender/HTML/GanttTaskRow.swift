import ReadinessCore

extension GanttRow {
  /// A task or task milestone: the bar (or diamond) at its forecast, the plan as an outline (or
  /// a hollow diamond) where it differs, the slip hatched past the planned end, and beside it
  /// the slip and the owner (`barText` is the owner; the slip goes before it, placed with it).
  init(task t: ScheduledTask, axis: GanttAxis, wording: Wording) {
    let id = HTMLText.clean(t.task.id)
    let title = HTMLText.clean(t.task.title)
    let owner = HTMLText.clean(t.task.owner, or: wording(BriefingMessages.unassigned))
    let status = wording(WordMessages.vocabulary(t.task.status))
    let done = wording.figure(.percent(t.task.progress))
    let (endText, forecastEndText) = (wording.cellDay(t.end), wording.cellDay(t.forecastEnd))
    let flag =
      switch (t.late, t.forecastCritical) {
      case (true, true): wording(GanttMessages.flagLateCritical)
      case (true, false): wording(GanttMessages.flagLate)
      case (false, true): wording(GanttMessages.flagCritical)
      case (false, false): t.task.progress >= 100 ? wording(GanttMessages.flagDone) : status
      }
    let slipMessage = Self.slip(t.slip)
    let slip = wording(slipMessage)
    let full = wording(
      GanttTaskText.message(t, owner: owner, status: status, slip: slipMessage, wording: wording))
    let fitted = Self.named(id, title)
    self.init(
      kind: t.task.milestone ? .milestone : .task, label: fitted.label, fullText: full,
      status: flag,
      statusClass: t.late ? "late" : t.forecastCritical ? "critical" : "none")
    (name, nameCut) = (fitted.name, fitted.cut)
    taskID = t.task.id
    dependsOn = t.task.dependsOn
    end = endText
    forecast = forecastEndText
    forecastLate = t.slip > 0
    self.done = done
    slack = t.forecastSlack.map { wording(GanttMessages.days, ["count": .count($0)]) } ?? "–"
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

  /// Slip in working days with its sign: `+12 d`, `−3 d`, `0 d`.
  static func slip(_ slip: Int) -> Message {
    slip > 0
      ? Message(GanttMessages.slipLate, ["count": .count(slip)])
      : slip < 0
        ? Message(GanttMessages.slipEarly, ["count": .count(-slip)])
        : Message(GanttMessages.days, ["count": .count(0)])
  }
}

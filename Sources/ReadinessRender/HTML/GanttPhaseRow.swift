import ReadinessCore

extension GanttRow {
  /// A phase band; `forecast` is the latest forecast end of its tasks.
  init(phase p: PhaseResult, forecast: Day?, axis: GanttAxis, wording: Wording) {
    let name = wording(WordMessages.phaseName(p.id))
    let rag = wording(WordMessages.ragLabel(p.rag))
    let fullText = wording(
      GanttMessages.phase,
      [
        "phase": .text(name), "start": .day(p.start), "end": .day(p.end),
        "score": .text(wording.score(p.score)), "expected": .score(p.expected), "rag": .text(rag),
        "reason": .text(HTMLText.clean(wording(p.reasonMessage))),
      ])
    self.init(
      kind: .phase, label: name, fullText: fullText, status: rag, statusClass: p.rag.rawValue)
    end = wording.cellDay(p.end)
    self.forecast = forecast.map { wording.cellDay($0) } ?? ""
    forecastLate = forecast.map { $0 > p.end } ?? false
    done = p.score.map { wording.figure(.percent($0)) } ?? wording(ChangeMessages.notApplicable)
    barX = axis.x(p.start)
    barWidth = axis.xEnd(p.end) - barX
    progressWidth = barWidth * min(1, max(0, (p.score ?? 0) / 100))
  }

  /// A programme milestone: a diamond at its date, the date beside it.
  init(milestone m: MilestoneDate, axis: GanttAxis, wording: Wording) {
    let title = HTMLText.clean(wording(m.titleMessage), or: HTMLText.clean(m.id))
    let id = HTMLText.clean(m.id)
    let fitted = Self.named(id + ":", title)
    let key = m.isDefault ? GanttMessages.milestoneDefault : GanttMessages.milestone
    self.init(
      kind: .programmeMilestone, label: fitted.label,
      fullText: wording(key, ["id": .text(id), "title": .text(title), "date": .day(m.date)]),
      status: wording(m.isDefault ? GanttMessages.defaultDate : GanttMessages.dateSet),
      statusClass: "none")
    (name, nameCut) = (fitted.name, fitted.cut)
    end = wording.cellDay(m.date)
    barX = axis.x(m.date) + axis.dayWidth / 2
    placeText(end, axis: axis, from: barX, to: barX, mark: true)
  }
}

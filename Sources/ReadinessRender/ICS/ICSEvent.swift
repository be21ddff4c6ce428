import ReadinessCore

/// One all-day event of `milestones.ics`.
struct ICSEvent {
  enum Kind: String {
    case milestone
    case phaseEnd = "phase-end"
    case task
  }

  var kind: Kind
  var id: String
  var day: Day
  var summary: String
  var description: String

  /// Milestones by date, then the phase ends in roadmap order, then each task's planned end in
  /// inventory order.
  static func events(of assessment: Assessment) -> [ICSEvent] {
    let milestones = assessment.schedule.milestones.map {
      ICSEvent(
        kind: .milestone, id: $0.id, day: $0.date, summary: "Milestone: \($0.title)",
        description: $0.isDefault
          ? "Default date: the inventory gives none." : "Programme milestone.")
    }
    let phases = assessment.phases.map { phase in
      let score = phase.score.map { Figures.score($0) } ?? "n/a"
      return ICSEvent(
        kind: .phaseEnd, id: phase.id.rawValue, day: phase.end,
        summary: "Phase ends: \(phase.id.rawValue)",
        description: "Score \(score) of 100 at \(assessment.asOf.iso), expected"
          + " \(Figures.score(phase.expected)); \(phase.ragReason)")
    }
    let tasks = assessment.schedule.tasks.map { scheduled in
      let task = scheduled.task
      var lines = ["Owner: \(task.owner ?? "none")", "Progress: \(Figures.percent(task.progress))"]
      if scheduled.forecastEnd != scheduled.end {
        let days =
          abs(scheduled.slip) == 1 ? "1 working day" : "\(abs(scheduled.slip)) working days"
        let against =
          scheduled.slip > 0 ? "\(days) late" : scheduled.slip < 0 ? "\(days) early" : "on plan"
        lines.append("Forecast end: \(scheduled.forecastEnd.iso), \(against)")
      }
      if let reason = scheduled.lateReason { lines.append("Late: \(reason)") }
      return ICSEvent(
        kind: .task, id: task.id, day: scheduled.end, summary: "Due: \(task.title)",
        description: lines.joined(separator: "\n"))
    }
    return milestones + phases + tasks
  }

  /// `<slug>.<kind>.<id>@bsuid-readiness`, with any character outside `A-Z a-z 0-9 - .`
  /// written as `_` and its UTF-8 bytes in hex, so distinct ids keep distinct UIDs.
  static func uid(slug: String, _ event: ICSEvent) -> String {
    var id = ""
    for byte in event.id.utf8 {
      let scalar = Unicode.Scalar(byte)
      if ("0"..."9").contains(scalar) || ("a"..."z").contains(scalar)
        || ("A"..."Z").contains(scalar)
        || scalar == "-" || scalar == "."
      {
        id.unicodeScalars.append(scalar)
      } else {
        id += "_" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
      }
    }
    return "\(slug.isEmpty ? "programme" : slug).\(event.kind.rawValue).\(id)@bsuid-readiness"
  }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    String(repeating: "0", count: max(width - count, 0)) + self
  }
}

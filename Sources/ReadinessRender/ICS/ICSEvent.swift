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
  /// inventory order, their texts in `wording`'s language.
  static func events(of assessment: Assessment, wording: Wording = .english) -> [ICSEvent] {
    typealias M = CalendarMessages
    let milestones = assessment.schedule.milestones.map {
      ICSEvent(
        kind: .milestone, id: $0.id, day: $0.date,
        summary: wording(M.milestone, ["title": .message($0.titleMessage)]),
        description: wording($0.isDefault ? M.defaultDate : M.programmeMilestone))
    }
    let phases = assessment.phases.map { phase in
      ICSEvent(
        kind: .phaseEnd, id: phase.id.rawValue, day: phase.end,
        summary: wording(M.phaseEnds, ["phase": .word(WordMessages.phase(phase.id))]),
        description: wording(
          M.phaseScore,
          [
            "score": .text(wording.score(phase.score)), "asOf": .day(assessment.asOf),
            "expected": .score(phase.expected), "reason": .message(phase.reasonMessage),
          ]))
    }
    let tasks = assessment.schedule.tasks.map { scheduled in
      ICSEvent(
        kind: .task, id: scheduled.task.id, day: scheduled.end,
        summary: wording(M.due, ["title": .text(scheduled.task.title)]),
        description: description(scheduled, wording: wording))
    }
    return milestones + phases + tasks
  }

  /// A task's owner, progress, forecast end against the plan, and why it is late.
  private static func description(_ scheduled: ScheduledTask, wording: Wording) -> String {
    typealias M = CalendarMessages
    let task = scheduled.task
    var lines = [
      wording(M.owner, ["owner": task.owner.map { .text($0) } ?? .word(WordMessages.none)]),
      wording(M.progress, ["percent": .percent(task.progress)]),
    ]
    if scheduled.forecastEnd != scheduled.end {
      let days: MessageArguments = ["count": .count(abs(scheduled.slip))]
      let against =
        scheduled.slip > 0
        ? Message(M.late, days) : scheduled.slip < 0 ? Message(M.early, days) : Message(M.onPlan)
      lines.append(
        wording(M.forecastEnd, ["date": .day(scheduled.forecastEnd), "against": .message(against)]))
    }
    if let reason = scheduled.lateReasonMessage {
      lines.append(wording(M.lateReason, ["reason": .message(reason)]))
    }
    return lines.joined(separator: "\n")
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

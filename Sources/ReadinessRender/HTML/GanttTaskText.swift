import ReadinessCore

/// A task's tooltip in the Gantt chart: its plan, forecast, progress, slack, lateness and
/// predecessors, as sentences in the page's language (`GanttTaskMessages`).
enum GanttTaskText {
  typealias M = GanttTaskMessages

  /// The tooltip of `t`, whose cleaned `owner` and `status` words and `slip` the row has made.
  static func message(
    _ t: ScheduledTask, owner: String, status: String, slip: Message, wording: Wording
  ) -> Message {
    let plan: Message =
      t.task.milestone
      ? Message(M.planMilestone, ["start": .day(t.start), "end": .day(t.end)])
      : Message(
        M.plan, ["start": .day(t.start), "end": .day(t.end), "count": .count(t.workingDays)])
    let forecastDays: MessageArguments = [
      "start": .day(t.forecastStart), "end": .day(t.forecastEnd),
    ]
    var forecast = Message(M.onPlan, forecastDays)
    if t.slip != 0 {
      var arguments = forecastDays
      arguments["slip"] = .message(slip)
      forecast = Message(M.slipped, arguments)
    }
    let progress = Message(
      M.progress, ["done": .figure(.percent(t.task.progress)), "status": .text(status)])
    var full = Message(
      M.task,
      [
        "id": .text(HTMLText.clean(t.task.id)), "title": .text(HTMLText.clean(t.task.title)),
        "owner": .text(owner), "plan": .message(plan), "forecast": .message(forecast),
        "progress": .message(progress), "slack": .message(slack(t)),
      ])
    if t.late {
      let reason = wording(t.lateReasonMessage, english: t.lateReason)
      let text = HTMLText.clean(reason, or: wording(M.pastEnd))
      full = Message(M.late, ["text": .message(full), "reason": .text(text)])
    }
    if !t.task.dependsOn.isEmpty {
      let tasks = MessageArgument.list(t.task.dependsOn.map { .text(HTMLText.clean($0)) }, .comma)
      full = Message(M.after, ["text": .message(full), "tasks": tasks])
    }
    return full
  }

  /// The task's slack on the current schedule, or why it has none, with its plan slack.
  private static func slack(_ t: ScheduledTask) -> Message {
    let planSlack = MessageArgument.count(t.slack)
    guard let slack = t.forecastSlack else {
      return Message(t.task.milestone ? M.fixedMilestone : M.fixedDone, ["planSlack": planSlack])
    }
    return Message(
      t.forecastCritical ? M.slackCritical : M.slack,
      ["count": .count(slack), "planSlack": planSlack])
  }
}

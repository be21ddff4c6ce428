/// Late work in the register, so a late plan reads as a few risks that matter, not a flood:
///
/// - `task-late:<task>` (high) for each late unfinished task on the forecast critical path;
/// - `task-late:<milestone>` for each missed or at-risk milestone: high when forecast-critical,
///   else medium (missed: its date is past and it is unfinished);
/// - one `tasks-late` (medium) gathering every other late unfinished task, its `ref` listing
///   their ids worst slip first (then by id), its title the count and the worst slip.
///
/// A done task is never a late risk (the Gantt still marks it as finished late).
enum LateTaskRisks {
  static func risks(_ tasks: [ScheduledTask], asOf: Day) -> [Risk] {
    // By index: copying every scheduled task (its task's dozen strings) to test two flags shows
    // on a large plan.
    let late = tasks.indices.filter { tasks[$0].late && !tasks[$0].task.isFinished }
    var risks: [Risk] = []
    var gathered: [Int] = []
    for index in late {
      let scheduled = tasks[index]
      if scheduled.task.milestone || scheduled.forecastCritical {
        risks.append(own(scheduled, asOf: asOf))
      } else {
        gathered.append(index)
      }
    }
    gathered.sort { (-tasks[$0].slip, tasks[$0].task.id) < (-tasks[$1].slip, tasks[$1].task.id) }
    if let worst = gathered.first.map({ tasks[$0] }) {
      let count = gathered.count
      let slip: MessageArgument =
        worst.slip > 0
        ? .message(Message(RiskMessages.tasksLateSlip, ["count": .count(worst.slip)])) : .text("")
      var risk = RiskRegister.generated(
        .tasksLate, gathered.map { tasks[$0].task.id }.joined(separator: " "), .medium,
        title: Message(
          RiskMessages.tasksLate,
          ["count": .count(count), "title": .text(worst.task.title), "slip": slip]),
        owner: nil,
        action: Message(RiskActionMessages.replanThem))
      risk.id = Risk.Kind.tasksLate.rawValue
      risk.due = gathered.map { tasks[$0].end }.min()
      risks.append(risk)
    }
    return risks
  }

  /// The risk of one late task or milestone.
  private static func own(_ scheduled: ScheduledTask, asOf: Day) -> Risk {
    let task = scheduled.task
    let missed = asOf > scheduled.end
    let key =
      task.milestone
      ? missed ? RiskMessages.milestoneMissed : RiskMessages.milestoneAtRisk
      : RiskMessages.taskLate
    var risk = RiskRegister.generated(
      .taskLate, task.id, scheduled.forecastCritical ? .high : .medium,
      title: Message(
        key,
        [
          "title": .text(task.title),
          "reason": scheduled.lateReasonMessage.map { .message($0) } ?? .text(""),
        ]),
      owner: task.owner,
      action: Message(
        scheduled.forecastCritical
          ? RiskActionMessages.replanNow : RiskActionMessages.replanWithOwner))
    risk.due = scheduled.end
    return risk
  }
}

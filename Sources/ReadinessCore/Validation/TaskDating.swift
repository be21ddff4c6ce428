/// Checks each task's own dates: `end` with `duration`, neither on a task that is not a
/// milestone, `start` after `end`.
enum TaskDating {
  private typealias M = CheckMessages

  static func check(_ tasks: [PlanTask]) -> [Diagnostic] {
    var found: [Diagnostic] = []
    for task in tasks {
      let id: MessageArguments = ["task": .text(task.id.clipped)]
      // Given, or written with an invalid value (already reported).
      let hasEnd = task.end != nil || task.isRejected(\.end)
      let hasDuration = task.duration != nil || task.isRejected(\.duration)
      if hasEnd && hasDuration {
        found.append(
          Diagnostic(
            .error, code: .taskEndAndDuration,
            Message(M.endAndDuration, id), at: task.location(of: \.duration) ?? task.location,
            hint: Message(M.endAndDurationHint)))
      } else if !hasEnd && !hasDuration && !task.milestone
        && !task.isRejected(\.milestone)
      {
        found.append(
          Diagnostic(
            .error, code: .taskWithoutEnd,
            Message(M.withoutEnd, id), at: task.location, hint: Message(M.withoutEndHint)))
      }
      if let start = task.start, let end = task.end, start > end {
        found.append(
          Diagnostic(
            .error, code: .taskStartAfterEnd,
            Message(
              M.startAfterEnd,
              ["task": .text(task.id.clipped), "start": .day(start), "end": .day(end)]
            ),
            at: task.location(of: \.start) ?? task.location, hint: Message(M.startAfterEndHint)))
      }
    }
    return found
  }
}

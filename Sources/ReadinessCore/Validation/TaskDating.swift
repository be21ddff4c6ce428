/// Checks each task's own dates: `end` with `duration`, neither on a task that is not a
/// milestone, `start` after `end`.
enum TaskDating {
  static func check(_ tasks: [PlanTask]) -> [Diagnostic] {
    var found: [Diagnostic] = []
    for task in tasks {
      let id = task.id.clipped
      // Given, or written with an invalid value (already reported).
      let hasEnd = task.end != nil || task.isRejected(\.end)
      let hasDuration = task.duration != nil || task.isRejected(\.duration)
      if hasEnd && hasDuration {
        found.append(
          Diagnostic(
            .error, code: .taskEndAndDuration,
            "task '\(id)' gives both end and duration",
            at: task.location(of: \.duration) ?? task.location,
            hint: "keep one: end is a date, duration a number of working days"))
      } else if !hasEnd && !hasDuration && !task.milestone
        && !task.isRejected(\.milestone)
      {
        found.append(
          Diagnostic(
            .error, code: .taskWithoutEnd,
            "task '\(id)' gives neither end nor duration", at: task.location,
            hint: "add end: YYYY-MM-DD or duration: working days, or mark it milestone: true"))
      }
      if let start = task.start, let end = task.end, start > end {
        found.append(
          Diagnostic(
            .error, code: .taskStartAfterEnd,
            "task '\(id)' starts (\(start)) after it ends (\(end))",
            at: task.location(of: \.start) ?? task.location,
            hint: "end is inclusive and must be on or after start"))
      }
    }
    return found
  }
}

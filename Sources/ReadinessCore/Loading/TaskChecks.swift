/// Checks on the `tasks` section: dependency cycles, and `start`/`end`/`duration` combinations.
enum TaskChecks {
  /// One diagnostic per dependency cycle, naming it (`a → b → c → a`), at the first task's
  /// `depends_on`.
  static func cycles(_ tasks: [DecodedObject]) -> [Diagnostic] {
    var byID: [String: DecodedObject] = [:]
    for task in tasks { if let id = task.text("id"), byID[id] == nil { byID[id] = task } }
    var state: [String: Int] = [:]  // 1 = on the path, 2 = finished
    var path: [String] = []
    var found: [Diagnostic] = []

    func visit(_ id: String) {
      state[id] = 1
      path.append(id)
      for next in byID[id]?.texts("depends_on") ?? [] where byID[next] != nil {
        if state[next] == 1, let start = path.firstIndex(of: next) {
          let cycle = Array(path[start...]) + [next]
          let first = byID[cycle[0]]
          found.append(
            Diagnostic(
              .error, code: "inventory.dependency-cycle",
              "tasks depend on each other in a cycle: \(cycle.joined(separator: " → "))",
              at: first?.location(of: "depends_on") ?? first?.location
                ?? SourceLocation(file: "", line: 1, column: 1),
              hint: "remove one of these dependencies so the plan has an order"))
        } else if state[next] == nil {
          visit(next)
        }
      }
      path.removeLast()
      state[id] = 2
    }

    for task in tasks {
      if let id = task.text("id"), state[id] == nil { visit(id) }
    }
    return found
  }

  /// `end` with `duration`; neither on a task that is not a milestone; `start` after `end`.
  static func dating(_ tasks: [DecodedObject]) -> [Diagnostic] {
    var found: [Diagnostic] = []
    for task in tasks {
      let id = (task.text("id") ?? "").clipped
      let hasEnd = task.has("end")
      let hasDuration = task.has("duration")
      if hasEnd && hasDuration {
        found.append(
          Diagnostic(
            .error, code: "inventory.task-end-and-duration",
            "task '\(id)' gives both end and duration", at: task.location(of: "duration"),
            hint: "keep one: end is a date, duration a number of working days"))
      } else if !hasEnd && !hasDuration && task.bool("milestone") != true && !task.rejected.contains("milestone") {
        found.append(
          Diagnostic(
            .error, code: "inventory.task-without-end",
            "task '\(id)' gives neither end nor duration", at: task.location,
            hint: "add end: YYYY-MM-DD or duration: working days, or mark it milestone: true"))
      }
      if let start = task.day("start"), let end = task.day("end"), start > end {
        found.append(
          Diagnostic(
            .error, code: "inventory.task-start-after-end",
            "task '\(id)' starts (\(start)) after it ends (\(end))", at: task.location(of: "start"),
            hint: "end is inclusive and must be on or after start"))
      }
    }
    return found
  }
}

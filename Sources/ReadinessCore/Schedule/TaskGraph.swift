/// The tasks' dependency graph by index, with a topological order (Kahn), in linear time.
struct TaskGraph: Sendable {
  /// Dependencies of each task, as indices.
  let dependencies: [[Int]]
  /// Tasks that depend on each task, as indices.
  let successors: [[Int]]
  /// Every task after all its dependencies.
  let order: [Int]

  /// Builds the graph; throws for unknown dependency ids and for a dependency cycle.
  init(_ tasks: [PlanTask]) throws(InvalidInventory) {
    var index: [String: Int] = [:]
    for (i, task) in tasks.enumerated() where index[task.id] == nil { index[task.id] = i }
    var dependencies = [[Int]](repeating: [], count: tasks.count)
    var successors = [[Int]](repeating: [], count: tasks.count)
    var problems: [Diagnostic] = []
    for (i, task) in tasks.enumerated() {
      for id in task.dependsOn {
        guard let j = index[id] else {
          problems.append(
            Diagnostic(
              .error, code: "schedule.unknown-dependency",
              "task '\(task.id)' depends on '\(id)', which is not a task", at: task.location,
              hint: "depends_on lists ids from the tasks section"))
          continue
        }
        dependencies[i].append(j)
        successors[j].append(i)
      }
    }
    if !problems.isEmpty { throw InvalidInventory(problems) }
    var waiting = dependencies.map(\.count)
    var order: [Int] = []
    order.reserveCapacity(tasks.count)
    order.append(contentsOf: waiting.indices.filter { waiting[$0] == 0 })
    var head = 0
    while head < order.count {
      for next in successors[order[head]] {
        waiting[next] -= 1
        if waiting[next] == 0 { order.append(next) }
      }
      head += 1
    }
    if order.count < tasks.count {
      throw InvalidInventory([Self.cycle(in: tasks, dependencies: dependencies, waiting: waiting)])
    }
    self.dependencies = dependencies
    self.successors = successors
    self.order = order
  }

  /// Names one cycle among the tasks Kahn's pass could not order (`a → b → a`: a depends on b).
  ///
  /// Every such task has a dependency that is also unordered, so walking those dependencies
  /// from the first one must come back to a task already on the path.
  private static func cycle(in tasks: [PlanTask], dependencies: [[Int]], waiting: [Int])
    -> Diagnostic
  {
    var position: [Int: Int] = [:]
    var path: [Int] = []
    var current = waiting.firstIndex { $0 > 0 } ?? 0
    while position[current] == nil {
      position[current] = path.count
      path.append(current)
      current = dependencies[current].first { waiting[$0] > 0 } ?? current
    }
    let loop = path[(position[current] ?? 0)...].map { tasks[$0].id } + [tasks[current].id]
    let first = tasks[current]
    return Diagnostic(
      .error, code: "schedule.dependency-cycle",
      "tasks depend on each other in a cycle: \(loop.joined(separator: " → "))",
      at: first.location, hint: "remove one of these dependencies so the chain has a first task")
  }
}

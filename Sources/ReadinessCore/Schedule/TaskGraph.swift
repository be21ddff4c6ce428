/// The tasks' dependency graph by index, with a topological order (Kahn) and the cycles that
/// prevent one, in linear time. Unknown dependency ids are left out (the validator reports them).
struct TaskGraph: Sendable {
  /// Dependencies of each task, as indices, in `depends_on` order.
  let dependencies: [[Int]]
  /// Tasks that depend on each task, as indices.
  let successors: [[Int]]
  /// Every task after all its dependencies; shorter than the task list when there are cycles.
  let order: [Int]
  /// Each task id's index (its first task when an id repeats).
  let index: [String: Int]

  init(_ tasks: [PlanTask]) {
    var index: [String: Int] = [:]
    for (i, task) in tasks.enumerated() where index[task.id] == nil { index[task.id] = i }
    var dependencies = [[Int]](repeating: [], count: tasks.count)
    var successors = [[Int]](repeating: [], count: tasks.count)
    for (i, task) in tasks.enumerated() {
      for id in task.dependsOn {
        guard let j = index[id] else { continue }
        dependencies[i].append(j)
        successors[j].append(i)
      }
    }
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
    self.dependencies = dependencies
    self.successors = successors
    self.order = order
    self.index = index
  }

  var hasCycles: Bool { order.count < dependencies.count }

  /// Every cycle a depth-first walk meets among the tasks Kahn's pass could not order, each as
  /// the path that closes it (`[a, b, a]`: a depends on b, b on a), walking tasks and their
  /// `depends_on` in inventory order.
  func cycles() -> [[Int]] {
    guard hasCycles else { return [] }
    var state = [UInt8](repeating: 0, count: dependencies.count)  // 1 on the path, 2 finished
    for i in order { state[i] = 2 }
    var position = [Int](repeating: 0, count: dependencies.count)
    var found: [[Int]] = []
    for root in dependencies.indices where state[root] == 0 {
      var path = [root]
      var next = [0]
      state[root] = 1
      while let node = path.last {
        let edges = dependencies[node]
        guard let cursor = next.last, cursor < edges.count else {
          state[node] = 2
          path.removeLast()
          next.removeLast()
          continue
        }
        next[next.count - 1] += 1
        let dependency = edges[cursor]
        if state[dependency] == 1 {
          found.append(Array(path[position[dependency]...]) + [dependency])
        } else if state[dependency] == 0 {
          state[dependency] = 1
          position[dependency] = path.count
          path.append(dependency)
          next.append(0)
        }
      }
    }
    return found
  }
}

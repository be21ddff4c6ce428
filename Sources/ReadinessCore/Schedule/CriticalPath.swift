/// Slack and the critical path by a backward pass over working-day boundaries
/// (`WorkingCalendar`): a task starting at boundary s with r days of work occupies [s, s + r),
/// a milestone sits at one boundary, and a dependent may start where its dependency ends.
///
/// F is the latest end of the nodes that are not fixed; a node's late end is F when nothing
/// that can move depends on it, else the smallest late start (late end − r) of its dependents;
/// slack = late end − end; critical = slack 0. Fixed nodes (done tasks, milestones nothing
/// pushes) have no slack and are never critical; a dated milestone still passes its late start
/// back (work that ends after it pushes it, and the finish with it), a done task does not.
/// Linear in tasks + dependencies.
enum CriticalPath {
  /// A task or milestone in boundaries.
  struct Node: Sendable {
    let start: Int
    let end: Int
    let fixed: Bool
    /// A fixed node that still bounds its dependencies: a milestone at its own date.
    var bounds = false
  }

  /// Each node's slack in working days, nil for fixed nodes.
  static func slack(_ nodes: [Node], graph: TaskGraph) -> [Int?] {
    guard let finish = nodes.lazy.filter({ !$0.fixed }).map(\.end).max() else {
      return nodes.map { _ in nil }
    }
    var lateEnd = [Int](repeating: finish, count: nodes.count)
    // Dependents come later in the order, so their late end is final here.
    for i in graph.order.reversed() where !nodes[i].fixed || nodes[i].bounds {
      for next in graph.successors[i] where !nodes[next].fixed || nodes[next].bounds {
        lateEnd[i] = min(lateEnd[i], lateEnd[next] - (nodes[next].end - nodes[next].start))
      }
    }
    return nodes.indices.map { nodes[$0].fixed ? nil : lateEnd[$0] - nodes[$0].end }
  }

  /// The plan's slack towards its latest end, every task and milestone included (as the plan's
  /// `critical`/`slack` have always been reported).
  static func planSlack(_ plan: [PlannedTask], graph: TaskGraph) -> [Int] {
    let nodes = plan.map {
      Node(start: $0.endBoundary - $0.workingDays, end: $0.endBoundary, fixed: false)
    }
    return slack(nodes, graph: graph).map { $0 ?? 0 }
  }

  /// The chain of critical nodes that ends at F, first to last: from the critical node ending
  /// at F, back through critical dependencies ending where it starts (ties go to
  /// the earliest start, then the id; so a closing milestone at F gives way to the work before
  /// it).
  static func drivingChain(
    _ nodes: [Node], slack: [Int?], graph: TaskGraph, ids: [String]
  ) -> [Int] {
    let critical = nodes.indices.filter { slack[$0] == 0 }
    guard let finish = critical.map({ nodes[$0].end }).max() else { return [] }
    func first(_ candidates: [Int]) -> Int? {
      candidates.min { (nodes[$0].start, ids[$0]) < (nodes[$1].start, ids[$1]) }
    }
    var chain: [Int] = []
    var next = first(critical.filter { nodes[$0].end == finish })
    while let current = next {
      chain.append(current)
      next = first(
        graph.dependencies[current].filter {
          slack[$0] == 0 && nodes[$0].end == nodes[current].start
        })
    }
    return chain.reversed()
  }
}

/// Slack by a backward pass towards the latest task end, in working days.
///
/// Each task's latest finish is the tightest bound its successors allow: the working day before
/// a successor's latest start, or a milestone successor's own latest date (a milestone falls on
/// the day its dependencies end). Tasks with no successor may finish by the latest task end.
/// Slack = latest finish − finish; the critical path is every task with zero slack,
/// milestones included. Linear in tasks + dependencies.
enum CriticalPath {
  static func slack(graph: TaskGraph, ends: [Day], workingDays: [Int], milestones: [Bool])
    -> [Int]
  {
    let finish = ends.map(WorkCalendar.finishNumber)
    let projectFinish = finish.max() ?? 0
    var latestFinish = [Int](repeating: projectFinish, count: ends.count)
    for i in graph.order.reversed() {
      // Successors come later in the order, so their latest finish is final here.
      for next in graph.successors[i] {
        let bound = milestones[next] ? latestFinish[next] : latestFinish[next] - workingDays[next]
        latestFinish[i] = min(latestFinish[i], bound)
      }
    }
    return ends.indices.map { latestFinish[$0] - finish[$0] }
  }
}

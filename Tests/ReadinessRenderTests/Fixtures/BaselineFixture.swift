import ReadinessCore

/// An assessment compared with a saved baseline in which its first task ended a week earlier and
/// a task `dropped` still existed.
enum BaselineFixture {
  static func with(_ assessment: Assessment) -> Assessment {
    var a = assessment
    var saved = Baseline(name: "plan-q1", savedOn: Day(iso: "2026-01-05")!, schedule: a.schedule)
    if !saved.tasks.isEmpty {
      saved.tasks[0].end = saved.tasks[0].end.adding(days: -7)
    }
    saved.tasks.append(
      Baseline.Task(
        id: "dropped", title: "Dropped <task>", start: Day(iso: "2026-02-02")!,
        end: Day(iso: "2026-02-06")!, milestone: false))
    saved.finish = a.schedule.plannedFinish?.adding(days: -7)
    a.baseline = BaselineComparison(schedule: a.schedule, baseline: saved)
    return a
  }
}

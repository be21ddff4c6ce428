import ReadinessCore

extension HTMLFixture {
  /// The actions the core chooses at 2026-05-20 from the hand-made plan and `risks`: late T-5
  /// and its overdue risk (Dev team), T-6 ending 2026-05-22 (Integration team) and the critical
  /// risk due 2026-05-29 (Marketing Ops). A generated plan has no T-5 or T-6.
  static func actions(schedule: Schedule, risks: [Risk], text t: (String) -> String) -> Actions {
    let asOf = day("2026-05-20")
    func task(_ id: String) -> [Action] {
      schedule.tasks.filter { $0.task.id == id }.map(Action.init(task:))
    }
    func risk(_ id: String) -> [Action] {
      risks.filter { $0.id == t(id) }.compactMap { Action(risk: $0, asOf: asOf) }
    }
    let owners = [
      ActionOwner(name: t("Dev team"), actions: task("T-5") + risk("task-late:T-5")),
      ActionOwner(name: t("Integration team"), actions: task("T-6")),
      ActionOwner(name: t("Marketing Ops"), actions: risk("operational-silence:ctwa-spring")),
    ]
    let listed = owners.filter { !$0.actions.isEmpty }
    return Actions(windowStart: asOf, windowEnd: day("2026-06-03"), owners: listed)
  }
}

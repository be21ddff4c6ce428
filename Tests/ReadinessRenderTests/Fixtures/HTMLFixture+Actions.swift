import ReadinessCore

extension HTMLFixture {
  /// The actions the core chooses at 2026-05-20 from the hand-made plan and `risks`: the high
  /// username risk without a due date (Brand team), late T-5 carrying its own task-late risk
  /// (Dev team), T-6 ending 2026-05-22 (Integration team) and the critical risk due 2026-05-29
  /// (Marketing Ops). A generated plan has no T-5 or T-6.
  static func actions(schedule: Schedule, risks: [Risk], text t: (String) -> String) -> Actions {
    let asOf = day("2026-05-20")
    func task(_ id: String) -> [Action] {
      let lateRisk = risks.first { $0.kind == .taskLate && $0.ref == id }
      return schedule.tasks.filter { $0.task.id == id }.map { Action(task: $0, lateRisk: lateRisk) }
    }
    func risk(_ id: String) -> [Action] {
      risks.filter { $0.id == t(id) }.map { Action(risk: $0, asOf: asOf) }
    }
    let owners = [
      ActionOwner(name: t("Brand team"), actions: risk("username-unclaimed:acme")),
      ActionOwner(name: t("Dev team"), actions: task("T-5")),
      ActionOwner(name: t("Integration team"), actions: task("T-6")),
      ActionOwner(name: t("Marketing Ops"), actions: risk("operational-silence:ctwa-spring")),
    ]
    let listed = owners.filter { !$0.actions.isEmpty }
    return Actions(windowStart: asOf, windowEnd: day("2026-06-03"), owners: listed)
  }
}

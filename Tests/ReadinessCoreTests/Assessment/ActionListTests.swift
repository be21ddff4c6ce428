import Testing

@testable import ReadinessCore

@Suite("Actions by owner for the two weeks after as_of")
struct ActionListTests {
  /// A Monday; the window runs through Monday 2026-05-18.
  static let asOf = "2026-05-04"

  static func actions(tasks: [PlanTask] = [], risks: [ManualRisk] = []) throws -> Actions {
    try assess(
      inventory {
        $0.tasks = tasks
        $0.risks = risks
      }, asOf: asOf
    ).actions
  }

  static func risk(
    _ id: String, due: String?, _ severity: Severity = .medium, state: RiskState = .open,
    owner: String? = "Risk desk"
  ) -> ManualRisk {
    var risk = ManualRisk(id: id, title: "Risk \(id)", severity: severity)
    (risk.due, risk.state, risk.owner) = (due.map(day), state, owner)
    return risk
  }

  static func all(_ actions: Actions) -> [String: Action] {
    Dictionary(uniqueKeysWithValues: actions.owners.flatMap(\.actions).map { ($0.id, $0) })
  }

  @Test("the window runs from as_of through 14 days later")
  func window() throws {
    let actions = try Self.actions()
    #expect(actions.windowStart == day("2026-05-04") && actions.windowEnd == day("2026-05-18"))
    #expect(actions.owners.isEmpty)
  }

  @Test("an unfinished task is listed when it is late or ends in the window, through its last day")
  func tasks() throws {
    let actions = Self.all(
      try Self.actions(tasks: [
        task("late", start: "2026-04-01", end: "2026-04-30", progress: 50, status: .inProgress),
        task("soon", start: "2026-05-04", end: "2026-05-15"),
        task("edge", start: "2026-05-04", end: "2026-05-18"),
        task("after", start: "2026-05-04", end: "2026-05-19"),
      ]))
    #expect(Set(actions.keys) == ["late", "soon", "edge"])
    let late = try #require(actions["late"])
    #expect(late.kind == .task && late.due == day("2026-04-30") && late.urgent && late.late)
    #expect(late.lateReason == "unfinished (50%) after its end 2026-04-30")
    // Off the critical path, its risk is the tasks-late roll-up, which is not listed again.
    #expect(late.severity == .medium && late.riskKind == .tasksLate)
    #expect(!actions.keys.contains("tasks-late"))
    let soon = try #require(actions["soon"])
    #expect(!soon.urgent && !soon.late && soon.lateReason == nil && soon.severity == nil)
  }

  @Test("a finished task (status done, or progress 100) is not listed")
  func finished() throws {
    let actions = try Self.actions(tasks: [
      task("done", start: "2026-05-04", end: "2026-05-08", progress: 100, status: .done),
      task("full", start: "2026-04-01", end: "2026-04-30", progress: 100, status: .inProgress),
    ])
    #expect(actions.owners.isEmpty)
  }

  @Test("a not_applicable task is not finished (PlanTask.isFinished): listed like any other")
  func notApplicable() throws {
    let actions = Self.all(
      try Self.actions(tasks: [
        task("na", start: "2026-05-04", end: "2026-05-08", status: .notApplicable),
        task("na-past", start: "2026-04-01", end: "2026-04-30", status: .notApplicable),
      ]))
    #expect(Set(actions.keys) == ["na", "na-past"])
    #expect(actions["na-past"]?.late == true)
  }

  @Test("a milestone is listed as a milestone")
  func milestone() throws {
    let actions = Self.all(
      try Self.actions(tasks: [task("gate", end: "2026-05-06", milestone: true)]))
    #expect(actions["gate"]?.kind == .milestone && actions["gate"]?.due == day("2026-05-06"))
  }

  @Test(
    "open medium and low risks are listed when due in the window or overdue; later, closed or undated ones not"
  )
  func risks() throws {
    let actions = Self.all(
      try Self.actions(risks: [
        Self.risk("overdue", due: "2026-04-20"), Self.risk("soon", due: "2026-05-10", .low),
        Self.risk("edge", due: "2026-05-18"), Self.risk("after", due: "2026-05-19"),
        Self.risk("closed", due: "2026-05-10", state: .closed), Self.risk("undated", due: nil),
        Self.risk("closed-high", due: nil, .high, state: .closed),
      ]))
    #expect(Set(actions.keys) == ["overdue", "soon", "edge"])
    let overdue = try #require(actions["overdue"])
    #expect(overdue.kind == .risk && overdue.overdue && overdue.urgent && !overdue.late)
    #expect(overdue.riskKind == .manual && overdue.severity == .medium)
    #expect(overdue.riskAction == "Follow up with the owner")
    let soon = try #require(actions["soon"])
    #expect(!soon.overdue && !soon.urgent && soon.severity == .low)
  }

  @Test("a critical risk is urgent before its due date")
  func critical() throws {
    let actions = Self.all(try Self.actions(risks: [Self.risk("c", due: "2026-05-12", .critical)]))
    #expect(actions["c"]?.urgent == true && actions["c"]?.overdue == false)
  }

  @Test("owners in name order, unassigned (none or empty) last; actions by due date, then id")
  func order() throws {
    func owned(_ id: String, _ owner: String?, end: String) -> PlanTask {
      var planned = task(id, start: "2026-05-04", end: end)
      planned.owner = owner
      return planned
    }
    let actions = try Self.actions(
      tasks: [
        owned("z2", "Zoë", end: "2026-05-08"), owned("none", nil, end: "2026-05-06"),
        owned("a2", "Anna", end: "2026-05-12"), owned("empty", "", end: "2026-05-05"),
        owned("a1", "Anna", end: "2026-05-12"), owned("a0", "Anna", end: "2026-05-14"),
      ],
      risks: [Self.risk("r", due: "2026-05-07", owner: "Zoë")])
    #expect(actions.owners.map(\.name) == ["Anna", "Zoë", nil])
    let ids = actions.owners.map { $0.actions.map(\.id) }
    #expect(ids == [["a1", "a2", "a0"], ["r", "z2"], ["empty", "none"]])
  }

  @Test("open critical and high risks are listed whatever their date; undated ones first")
  func pressingRisks() throws {
    let actions = try Self.actions(risks: [
      Self.risk("later", due: "2026-09-01", .high, owner: "Kwame"),
      Self.risk("undated", due: nil, .critical, owner: "Kwame"),
      Self.risk("soon", due: "2026-05-06", owner: "Kwame"),
      Self.risk("solo", due: nil, .high, owner: "Ines"),
    ])
    #expect(actions.owners.map(\.name) == ["Ines", "Kwame"])
    #expect(
      actions.owners.map { $0.actions.map(\.id) } == [["solo"], ["undated", "soon", "later"]])
    let undated = try #require(Self.all(actions)["undated"])
    #expect(
      undated.due == nil && undated.urgent && !undated.overdue && undated.severity == .critical)
    #expect(Self.all(actions)["solo"]?.urgent == false)
  }

  @Test("a late task and its own task-late risk are one action, with the risk's severity")
  func lateTaskOnce() throws {
    // "a", the only task, is on the critical path (slack 0) and unfinished past its end: its
    // task-late risk is high and is in the register, but listed once, as the task.
    let inventory = inventory {
      $0.tasks = [
        task("a", start: "2026-04-20", end: "2026-04-24", progress: 40, status: .inProgress)
      ]
    }
    let assessment = try assess(inventory, asOf: Self.asOf)
    #expect(assessment.risks.map(\.id) == ["task-late:a"])
    let rows = assessment.actions.owners.flatMap(\.actions)
    #expect(rows.map(\.id) == ["a"])
    let late = try #require(rows.first)
    #expect(late.kind == .task && late.late && late.severity == .high)
    #expect(late.riskAction == "Re-plan it now: it is on the critical path")
  }
}

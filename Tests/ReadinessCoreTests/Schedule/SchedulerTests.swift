import Testing

@testable import ReadinessCore

@Suite("Scheduling")
struct SchedulerTests {
  static func scheduled(_ tasks: [PlanTask], asOf: String = "2026-01-01") throws -> Assessment {
    try assess(inventory { $0.tasks = tasks }, asOf: asOf)
  }

  @Test("duration counts working days and end is inclusive, across a weekend")
  func durationOverWeekend() throws {
    // Thursday 2026-01-01 + 3 working days: Thu, Fri, Mon → ends Monday 2026-01-05.
    let result = try Self.scheduled([task("a", start: "2026-01-01", duration: 3)])
    let a = try #require(result.task("a"))
    #expect(a.start == day("2026-01-01") && a.end == day("2026-01-05") && a.workingDays == 3)
  }

  @Test("a start on a weekend moves to the next working day")
  func weekendStart() throws {
    let result = try Self.scheduled([task("a", start: "2026-01-03", duration: 2)])
    #expect(
      result.task("a")?.start == day("2026-01-05") && result.task("a")?.end == day("2026-01-06"))
  }

  @Test("without start or dependencies a task starts at its phase start (next working day)")
  func phaseStart() throws {
    let result = try assess(
      inventory {
        $0.programme.start = day("2026-01-03")
        $0.tasks = [
          task("plan", .planning, duration: 1), task("build", .implementation, duration: 1),
        ]
      })
    #expect(result.task("plan")?.start == day("2026-01-05"))
    // The implementation window starts at the programme start (no default window starts before it).
    #expect(result.task("build")?.start == day("2026-01-05"))
  }

  @Test("a given end is inclusive and counts working days")
  func givenEnd() throws {
    let result = try Self.scheduled([task("a", start: "2026-01-05", end: "2026-01-09")])
    #expect(result.task("a")?.end == day("2026-01-09") && result.task("a")?.workingDays == 5)
  }

  @Test("a given end on a day off is an error naming the last working day before it")
  func endOnDayOff() throws {
    let error = try #require(throws: InvalidInventory.self) {
      try Self.scheduled([task("a", start: "2026-01-05", end: "2026-01-11")])
    }
    #expect(error.diagnostics.map(\.code) == [.endOnNonWorkingDay])
    #expect(error.diagnostics.first?.hint?.contains("2026-01-09") == true)
  }

  @Test("finish-to-start: a dependant starts the first working day after the latest dependency end")
  func finishToStart() throws {
    let result = try Self.scheduled([
      task("a", start: "2026-01-01", duration: 2),  // Thu–Fri 01-02
      task("c", start: "2026-01-05", duration: 4),  // Mon–Thu 01-08
      task("b", duration: 1, dependsOn: ["a"]),  // Mon 01-05
      task("d", duration: 1, dependsOn: ["a", "c"]),  // Fri 01-09
      task("e", start: "2026-01-14", duration: 1, dependsOn: ["a"]),  // later start kept
    ])
    #expect(result.task("b")?.start == day("2026-01-05"))
    #expect(result.task("d")?.start == day("2026-01-09"))
    #expect(result.task("e")?.start == day("2026-01-14"))
  }

  @Test(
    "a given start earlier than its dependencies allow is an input error with the earliest date")
  func startBeforeDependencies() throws {
    let tasks = [
      task("a", start: "2026-01-01", duration: 2),
      task("b", start: "2026-01-02", duration: 1, dependsOn: ["a"]),
    ]
    let error = try #require(throws: InvalidInventory.self) { try Self.scheduled(tasks) }
    let diagnostic = try #require(error.diagnostics.first)
    #expect(diagnostic.code == .startBeforeDependencies)
    #expect(diagnostic.location == SourceLocation(file: "inventory.yaml", line: 40, column: 5))
    #expect(diagnostic.hint?.contains("2026-01-05") == true)
  }

  @Test("a milestone takes no time; dependants start the next working day (a phase gate)")
  func milestoneGate() throws {
    let result = try Self.scheduled([
      task("a", start: "2026-01-01", duration: 2),
      task("gate", dependsOn: ["a"], milestone: true),
      task("x", duration: 1, dependsOn: ["gate"]),
      task("y", duration: 3, dependsOn: ["gate"]),
      task("dated", end: "2026-02-02", milestone: true),
      task("free", .testing, milestone: true),
    ])
    let gate = try #require(result.task("gate"))
    #expect(
      gate.start == day("2026-01-02") && gate.end == day("2026-01-02") && gate.workingDays == 0)
    #expect(
      result.task("x")?.start == day("2026-01-05") && result.task("y")?.start == day("2026-01-05"))
    #expect(result.task("dated")?.end == day("2026-02-02"))
    #expect(result.task("free")?.end == day("2026-04-01"))
  }

  @Test("a milestone dated before its dependencies end falls on their end, with a warning")
  func milestoneTooEarly() throws {
    let checked = InventoryValidator.validate(
      inventory {
        $0.tasks = [
          task("a", start: "2026-01-05", duration: 5),
          task("m", end: "2026-01-06", dependsOn: ["a"], milestone: true),
          task("b", duration: 1, dependsOn: ["m"]),
        ]
      }, asOf: day("2026-01-01"))
    #expect(checked.diagnostics.map(\.code) == [.milestonePushed])
    let result = Assessor.assess(try #require(checked.validated))
    // Placed by a (ends Friday 01-09), so b starts the next working day.
    #expect(result.task("m")?.end == day("2026-01-09"))
    #expect(result.task("b")?.start == day("2026-01-12"))
  }

  @Test("slack and critical path on a hand-computed network")
  func criticalPath() throws {
    // a Mon 01-05…Fri 01-09; b 3 days and c 5 days after a; d 2 days after b and c; e 1 day
    // after a; m a milestone after d. Latest end Tue 01-20.
    let result = try Self.scheduled([
      task("a", start: "2026-01-05", duration: 5),
      task("b", duration: 3, dependsOn: ["a"]),
      task("c", duration: 5, dependsOn: ["a"]),
      task("d", duration: 2, dependsOn: ["b", "c"]),
      task("e", duration: 1, dependsOn: ["a"]),
      task("m", dependsOn: ["d"], milestone: true),
    ])
    #expect(
      result.task("b")?.end == day("2026-01-14") && result.task("c")?.end == day("2026-01-16"))
    #expect(
      result.task("d")?.start == day("2026-01-19") && result.task("d")?.end == day("2026-01-20"))
    #expect(result.task("m")?.end == day("2026-01-20"))
    let slack = ["a", "b", "c", "d", "e", "m"].map { result.task($0)?.slack }
    #expect(slack == [0, 2, 0, 0, 6, 0])
    #expect(result.schedule.tasks.filter(\.critical).map(\.task.id) == ["a", "c", "d", "m"])
    #expect(result.schedule.end == day("2026-12-31") && result.schedule.start == day("2026-01-01"))
  }

  @Test("late: ends after its phase end, or unfinished after its end date")
  func late() throws {
    let result = try Self.scheduled(
      [
        task("over", .planning, start: "2026-03-30", duration: 3),
        task("open", start: "2026-01-05", duration: 1, progress: 50),
        task("full", start: "2026-01-05", duration: 1, progress: 100),
        task("done", start: "2026-01-05", duration: 1, status: .done),
        task("future", start: "2026-01-05", duration: 10),
      ], asOf: "2026-01-07")
    #expect(result.task("over")?.lateReason == "ends 2026-04-01, after planning ends 2026-03-31")
    #expect(result.task("open")?.lateReason == "unfinished (50%) after its end 2026-01-05")
    #expect(result.task("full")?.late == false && result.task("done")?.late == false)
    #expect(result.task("future")?.late == false)
  }

  @Test("a dependency cycle is an input error naming the cycle")
  func cycle() throws {
    let tasks = [
      task("a", duration: 1, dependsOn: ["b"]), task("b", duration: 1, dependsOn: ["a"]),
      task("c", duration: 1, dependsOn: ["a"]),
    ]
    let error = try #require(throws: InvalidInventory.self) { try Self.scheduled(tasks) }
    #expect(error.diagnostics.map(\.code) == [.dependencyCycle])
    #expect(error.diagnostics.first?.message.hasSuffix("a → b → a") == true)
    let selfLoop = try #require(throws: InvalidInventory.self) {
      try Self.scheduled([task("s", duration: 1, dependsOn: ["s"])])
    }
    #expect(selfLoop.diagnostics.first?.message.hasSuffix("s → s") == true)
  }

  @Test("an unknown dependency id is an input error")
  func unknownDependency() throws {
    let error = try #require(throws: InvalidInventory.self) {
      try Self.scheduled([task("a", duration: 1, dependsOn: ["ghost"])])
    }
    #expect(error.diagnostics.map(\.code) == [.unknownReference])
  }

  @Test("schedules a generated 20 000-task chain and fan-out")
  func largePlan() throws {
    var tasks = [task("t0", start: "2026-01-05", duration: 1)]
    for i in 1..<20_000 {
      // Even tasks form one chain from t0; odd ones fan out from t0.
      tasks.append(task("t\(i)", duration: 1, dependsOn: [i % 2 == 0 ? "t\(i - 2)" : "t0"]))
    }
    let result = try Self.scheduled(tasks)
    // The chain t0, t2, …, t19998 is 10 000 one-day tasks: 2 000 weeks from Monday 2026-01-05,
    // ending on a Friday. The fan-out tasks end Tuesday 2026-01-06, far off the critical path.
    #expect(result.task("t19998")?.end == day("2026-01-05").adding(days: 2_000 * 7 - 3))
    #expect(result.task("t19998")?.critical == true)
    #expect(result.task("t1")?.end == day("2026-01-06") && result.task("t1")?.critical == false)
  }

  @Test("schedules a 20 000-task straight chain, critical end to end")
  func longChain() throws {
    // From the first Monday of the calendar: 20 000 working days from 2026 would end after 2100.
    var tasks = [task("t0", start: "2000-01-03", duration: 1)]
    for i in 1..<20_000 { tasks.append(task("t\(i)", duration: 1, dependsOn: ["t\(i - 1)"])) }
    // Its phase window starts there too, or it would hold the chain back to 2026.
    let result = try assess(
      inventory {
        $0.tasks = tasks
        $0.programme.phases[.implementation] = PhaseWindowOverride(start: day("2000-01-03"))
      }, asOf: "2026-01-01")
    // 20 000 working days = 4 000 weeks after Monday 2000-01-03: ends Friday 28000 days later − 3.
    #expect(result.task("t19999")?.end == day("2000-01-03").adding(days: 4_000 * 7 - 3))
    #expect(result.schedule.tasks.allSatisfy(\.critical) == true)
  }
}

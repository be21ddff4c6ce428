import Testing

@testable import ReadinessCore

/// SPEC §9: phase windows, dated milestones, programme-milestone dependencies and the critical
/// path on the current schedule.
@Suite("The plan on the current schedule")
struct CurrentScheduleTests {
  @Test("§9's example: the late chain is forecast-critical, an unrelated task has 19 days of slack")
  func workedExample() throws {
    let result = try ForecastTests.workedExample([
      task("audit", start: "2026-04-01", duration: 3),  // resumes 05-18, ends 05-20
      task("kickoff", start: "2026-03-02", duration: 2, progress: 100),
      task("design", start: "2026-03-04", duration: 3, status: .done),
    ])
    let forecast = { (id: String) in result.task(id).map { ($0.forecastCritical, $0.forecastSlack) }
    }
    #expect(forecast("build")! == (true, 0) && forecast("test")! == (true, 0))
    #expect(result.task("audit")?.forecastEnd == day("2026-05-20"))
    #expect(forecast("audit")! == (false, 19))
    #expect(forecast("kickoff")! == (false, nil) && forecast("design")! == (false, nil))
    #expect(
      result.schedule.drivingChain.map { result.schedule.tasks[$0].task.id } == ["build", "test"])
  }

  @Test("a task without a start waits for its phase window, in the plan and the forecast")
  func phaseWindowHolds() throws {
    let result = try assess(
      inventory {
        $0.programme.phases[.testing] = PhaseWindowOverride(start: day("2026-11-02"))
        $0.tasks = [
          task("build", start: "2026-09-01", duration: 10, progress: 100),
          task("uat", .testing, duration: 5, dependsOn: ["build"]),
        ]
      }, asOf: "2026-09-20")
    let uat = try #require(result.task("uat"))
    #expect(uat.start == day("2026-11-02") && uat.end == day("2026-11-06"))
    #expect(uat.forecastStart == day("2026-11-02"))
  }

  @Test("a given start before its phase is kept with a warning; one on a day off moves")
  func startWarnings() throws {
    var programme = Programme(name: "p")
    programme.phases[.testing] = PhaseWindowOverride(start: day("2026-11-02"))
    let checked = InventoryValidator.validate(
      inventory {
        $0.programme = programme
        $0.tasks = [
          task("early", .testing, start: "2026-10-15", duration: 2),
          task("sunday", .testing, start: "2026-11-08", duration: 1),
        ]
      }, asOf: day("2026-10-01"))
    #expect(checked.diagnostics.map(\.code) == [.taskBeforePhase, .startOnNonWorkingDay])
    let result = Assessor.assess(try #require(checked.validated))
    #expect(result.task("early")?.start == day("2026-10-15"))
    #expect(result.task("sunday")?.start == day("2026-11-09"))
  }

  @Test(
    "a dated milestone marks the start of its day; dependents start that day, as in TaskJuggler")
  func datedMilestone() throws {
    let result = try assess(
      inventory {
        $0.tasks = [
          task("gate", end: "2026-02-13", milestone: true),  // a Friday
          task("after", duration: 2, dependsOn: ["gate"]),
          task("weekend-gate", end: "2026-02-14", milestone: true),  // a Saturday
          task("after-weekend", duration: 1, dependsOn: ["weekend-gate"]),
          task("work", start: "2026-02-09", duration: 2),
          task("placed", dependsOn: ["work"], milestone: true),
          task("after-placed", duration: 1, dependsOn: ["placed"]),
        ]
      })
    #expect(result.task("after")?.start == day("2026-02-13"))
    #expect(result.task("after-weekend")?.start == day("2026-02-16"))
    // A milestone placed by its dependencies: on their end; dependents the next working day.
    #expect(result.task("placed")?.end == day("2026-02-10"))
    #expect(result.task("after-placed")?.start == day("2026-02-11"))
  }

  @Test("a task may depend on a programme milestone: the claim starts on Meta's claim day")
  func programmeMilestone() throws {
    let result = try assess(
      inventory {
        $0.tasks = [task("claim", .testing, duration: 1, dependsOn: ["claim-window"])]
      })
    #expect(result.task("claim")?.start == day("2026-06-29"))
  }

  @Test("holidays and a Sunday–Thursday week move ends, successors and slip")
  func calendar() throws {
    let result = try assess(
      inventory {
        $0.programme.calendar = CalendarSetting(
          workingDays: [.sun, .mon, .tue, .wed, .thu],
          holidays: [Holiday(day: day("2026-12-31"), name: "New Year's Eve")])
        $0.tasks = [
          task("a", start: "2026-12-27", duration: 5),  // Sun 27 … Thu 31 is a holiday → Sun 3
          task("b", duration: 1, dependsOn: ["a"]),
        ]
      }, asOf: "2026-12-01")
    #expect(result.task("a")?.end == day("2027-01-03"))
    #expect(result.task("b")?.start == day("2027-01-04"))
  }

  @Test("a calendar without a working day is an error at programme.calendar")
  func noWorkingDay() throws {
    let checked = InventoryValidator.validate(
      inventory { $0.programme.calendar = CalendarSetting(workingDays: []) },
      asOf: day("2026-01-01"))
    #expect(checked.validated == nil)
    #expect(checked.diagnostics.map(\.code) == [.noWorkingDays])
  }
}

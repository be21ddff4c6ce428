import Testing

@testable import ReadinessCore

@Suite("The forecast beside the plan")
struct ForecastTests {
  /// As of Friday 2026-05-15: the worked example's 20-day task at 40 % and its 10-day dependant.
  static func workedExample(_ more: [PlanTask] = []) throws -> Assessment {
    try assess(
      inventory {
        $0.tasks =
          [
            task("build", start: "2026-03-09", duration: 20, progress: 40),
            task("test", duration: 10, dependsOn: ["build"]),
          ] + more
      }, asOf: "2026-05-15")
  }

  @Test(
    "the worked example: 12 days left resume Monday and end Tuesday 2026-06-02; the dependant follows"
  )
  func workedExampleDates() throws {
    let result = try Self.workedExample()
    let build = try #require(result.task("build"))
    #expect(build.start == day("2026-03-09") && build.end == day("2026-04-03"))
    #expect(build.forecastStart == day("2026-03-09") && build.forecastEnd == day("2026-06-02"))
    #expect(build.slip == 42)
    let test = try #require(result.task("test"))
    #expect(test.start == day("2026-04-06") && test.end == day("2026-04-17"))
    #expect(test.forecastStart == day("2026-06-03") && test.forecastEnd == day("2026-06-16"))
    #expect(test.slip == 42)
    #expect(result.schedule.plannedFinish == day("2026-04-17"))
    #expect(result.schedule.forecastFinish == day("2026-06-16"))
  }

  @Test("a task planned in the past and not started starts on the first working day after as-of")
  func notStartedInThePast() throws {
    let result = try Self.workedExample([task("audit", start: "2026-04-01", duration: 5)])
    let audit = try #require(result.task("audit"))
    #expect(audit.forecastStart == day("2026-05-18") && audit.forecastEnd == day("2026-05-22"))
    #expect(audit.slip == 33)
  }

  @Test("a future task with no late predecessor keeps its plan; one behind a late one is pushed")
  func futureTasks() throws {
    let result = try Self.workedExample([
      task("train", start: "2026-06-01", duration: 5),
      task("launch", start: "2026-06-01", duration: 2, dependsOn: ["build"]),
    ])
    let train = try #require(result.task("train"))
    #expect(train.forecastStart == train.start && train.forecastEnd == train.end && train.slip == 0)
    let launch = try #require(result.task("launch"))
    #expect(launch.start == day("2026-06-01") && launch.end == day("2026-06-02"))
    #expect(launch.forecastStart == day("2026-06-03") && launch.forecastEnd == day("2026-06-04"))
    #expect(launch.slip == 2)
  }

  @Test("a done task is forecast as planned; a milestone follows its dependencies' forecast")
  func doneAndMilestone() throws {
    let result = try Self.workedExample([
      task("kickoff", start: "2026-03-02", duration: 3, status: .done),
      task("go-live", dependsOn: ["test"], milestone: true),
    ])
    let kickoff = try #require(result.task("kickoff"))
    #expect(kickoff.forecastEnd == kickoff.end && kickoff.slip == 0)
    let goLive = try #require(result.task("go-live"))
    #expect(goLive.end == day("2026-04-17") && goLive.forecastEnd == day("2026-06-16"))
  }

  @Test("a task forecast to end after its phase is late, and says so")
  func forecastLate() throws {
    let result = try assess(
      inventory {
        $0.tasks = [task("build", .implementation, start: "2026-06-01", duration: 10, progress: 50)]
      }, asOf: "2026-06-10")
    let build = try #require(result.task("build"))
    // Planned 06-01 → 06-12 inside the phase (ends 06-30); 5 days left from Thursday 06-11.
    #expect(build.forecastEnd == day("2026-06-17") && !build.late)
    let behind = try assess(
      inventory {
        $0.tasks = [task("build", .implementation, start: "2026-06-15", duration: 10, progress: 10)]
      }, asOf: "2026-06-25")
    // Planned 06-15 → 06-26; 9 days left from Friday 06-26 end Wednesday 07-08.
    let late = try #require(behind.task("build"))
    #expect(
      late.late
        && late.lateReason == "forecast to end 2026-07-08, after implementation ends 2026-06-30")
  }
}

import Testing

@testable import ReadinessCore

@Suite("Late starters: default windows never start before the programme; the catch-up plan")
struct LateStarterWindowsTests {
  func windows(_ result: Assessment) -> [String] {
    result.phases.map { "\($0.start.iso)…\($0.end.iso)" }
  }

  func source(_ result: Assessment, _ subject: String) -> String? {
    result.assumptions.first { $0.subject == subject }?.source
  }

  @Test("a later start moves a default window's start, not its end")
  func movedStart() throws {
    let result = try assess(inventory { $0.programme.start = day("2026-02-16") })
    #expect(
      windows(result) == [
        "2026-02-16…2026-03-31", "2026-02-16…2026-06-30", "2026-04-01…2026-12-31",
      ])
    #expect(
      source(result, "phase implementation start")?.contains("moved to the programme start") == true
    )
    #expect(source(result, "phase testing start") == "default (Meta's timeline)")
    #expect(
      source(result, "programme start") == nil && source(result, "phase planning start") == nil)
  }

  @Test("a start on the last day of the default planning window is not yet a catch-up")
  func startOnPlanningEnd() throws {
    let result = try assess(inventory { $0.programme.start = day("2026-03-31") })
    #expect(
      windows(result) == [
        "2026-03-31…2026-03-31", "2026-03-31…2026-06-30", "2026-04-01…2026-12-31",
      ])
  }

  @Test("a start after the planning window gets the catch-up plan, day 1 the next working day")
  func catchUpFromWeekend() throws {
    // Saturday 2026-04-04: day 1 is Monday 04-06; day 20 Friday 05-01; day 11 Monday 04-20;
    // day 70 Friday 07-10 (13 weeks and 4 days on); day 41 Monday 06-01; day 100 Friday 08-21.
    let result = try assess(
      inventory {
        $0.programme.start = day("2026-04-04")
        $0.tasks = [task("audit", .planning, duration: 5)]
      }, asOf: "2026-04-04")
    #expect(
      windows(result) == [
        "2026-04-06…2026-05-01", "2026-04-20…2026-07-10", "2026-06-01…2026-08-21",
      ])
    #expect(result.task("audit")?.start == day("2026-04-06"))
    #expect(result.phases.allSatisfy { $0.rag == .green })
    let catchUp = result.assumptions.filter { $0.source.hasPrefix("catch-up plan") }
    #expect(
      catchUp.map(\.subject)
        == PhaseID.allCases.flatMap { ["phase \($0.rawValue) start", "phase \($0.rawValue) end"] })
    #expect(
      source(result, "phase testing end")
        == "catch-up plan (working days 41–100 from the programme start): the programme starts"
        + " after the default planning window ended on 2026-03-31")
    #expect(result.assumptions.allSatisfy { !$0.source.contains("SPEC") })
  }

  @Test("only bounds left to default are replaced; given windows are kept as given")
  func givenWindowsKept() throws {
    // Tuesday 2026-09-01 is day 1: day 11 is 09-15, day 66 is 12-01, day 70 Monday 12-07.
    let result = try assess(
      inventory {
        $0.programme.start = day("2026-09-01")
        $0.programme.phases = [
          .planning: PhaseWindowOverride(end: day("2026-09-30")),
          .testing: PhaseWindowOverride(start: day("2026-10-01"), end: day("2026-12-31")),
        ]
      })
    #expect(
      windows(result) == [
        "2026-09-01…2026-09-30", "2026-09-15…2026-12-07", "2026-10-01…2026-12-31",
      ])
    let subjects = result.assumptions.map(\.subject).filter { $0.hasPrefix("phase") }
    #expect(
      subjects == [
        "phase planning start", "phase implementation start", "phase implementation end",
      ])
  }
}

import Testing

@testable import ReadinessCore

@Suite("Programme calendar defaults and working days")
struct ProgrammeCalendarTests {
  @Test("every default used is listed as an assumption with its source")
  func defaults() throws {
    let result = try assess(inventory())
    #expect(
      result.phases.map { "\($0.start.iso)…\($0.end.iso)" } == [
        "2026-01-01…2026-03-31", "2026-01-01…2026-06-30", "2026-04-01…2026-12-31",
      ])
    #expect(
      result.schedule.milestones.map { "\($0.id) \($0.date.iso)" } == [
        "bsuid-webhooks 2026-04-06", "test-countries 2026-06-01", "claim-window 2026-06-29",
        "phone-request 2026-07-01", "send-to-bsuid 2026-07-01", "global-rollout 2026-12-31",
      ])
    #expect(result.schedule.milestones.allSatisfy { $0.isDefault })
    let subjects = result.assumptions.map(\.subject)
    #expect(subjects.contains("programme start") && subjects.contains("phase testing end"))
    #expect(subjects.contains("milestone claim-window") && subjects.contains("tolerance"))
    #expect(subjects.contains("red tolerance"))
    #expect(result.assumptions.count == 16)
    #expect(result.assumptions.allSatisfy { !$0.source.isEmpty && !$0.source.contains("SPEC") })
    #expect(
      result.assumptions.first { $0.subject == "phase testing end" }?.source
        == "default (Meta's timeline)")
  }

  @Test("overrides replace defaults and drop their assumptions; extra milestones join by date")
  func overrides() throws {
    let result = try assess(
      inventory {
        $0.programme.start = day("2026-01-12")
        $0.programme.phases = [.testing: PhaseWindowOverride(end: day("2027-01-31"))]
        $0.programme.milestones = [
          Milestone(id: "claim-window", date: day("2026-06-30")),
          Milestone(id: "board", title: "Board review", date: day("2026-05-01")),
        ]
        $0.programme.tolerance = 10
      })
    #expect(result.phase(.planning)?.start == day("2026-01-12"))
    #expect(result.phase(.testing)?.end == day("2027-01-31"))
    let claim = try #require(result.schedule.milestones.first { $0.id == "claim-window" })
    #expect(
      claim.date == day("2026-06-30") && !claim.isDefault
        && claim.title == "Business usernames claimable")
    #expect(result.schedule.milestones.map(\.id).prefix(2) == ["bsuid-webhooks", "board"])
    let subjects = result.assumptions.map(\.subject)
    #expect(!subjects.contains("programme start") && !subjects.contains("phase testing end"))
    #expect(!subjects.contains("milestone claim-window") && !subjects.contains("tolerance"))
  }

  @Test("a phase that ends before it starts is an input error")
  func phaseBackwards() throws {
    let error = try #require(throws: InvalidInventory.self) {
      try assess(
        inventory { $0.programme.phases = [.planning: PhaseWindowOverride(end: day("2025-12-01"))] }
      )
    }
    #expect(error.diagnostics.map(\.code) == [.phaseEndsBeforeStart])
  }

  @Test("every phase that ends before it starts is reported at once, not only the first")
  func everyPhaseBackwards() throws {
    let error = try #require(throws: InvalidInventory.self) {
      try assess(
        inventory {
          $0.programme.phases = [
            .planning: PhaseWindowOverride(start: day("2026-04-01")),
            .testing: PhaseWindowOverride(start: day("2026-05-01"), end: day("2026-04-01")),
          ]
        })
    }
    #expect(
      error.diagnostics.map(\.message) == [
        "phase planning ends on 2026-03-31, before it starts on 2026-04-01",
        "phase testing ends on 2026-04-01, before it starts on 2026-05-01",
      ])
  }

  @Test("working-day arithmetic: numbers, weekends and counts")
  func workCalendar() {
    // 2026-01-02 is a Friday; Saturday and Sunday map to the Monday after.
    #expect(WorkingCalendar.standard.onOrAfter(day("2026-01-03")) == day("2026-01-05"))
    #expect(WorkingCalendar.standard.after(day("2026-01-02")) == day("2026-01-05"))
    #expect(
      WorkingCalendar.standard.finishNumber(day("2026-01-04"))
        == WorkingCalendar.standard.number(day("2026-01-02")))
    #expect(
      WorkingCalendar.standard.end(start: day("2026-01-02"), workingDays: 6) == day("2026-01-09"))
    #expect(
      WorkingCalendar.standard.workingDays(from: day("2026-01-01"), through: day("2026-01-31"))
        == 22)
    #expect(
      WorkingCalendar.standard.day(WorkingCalendar.standard.number(day("1969-12-31")))
        == day("1969-12-31"))
  }
}

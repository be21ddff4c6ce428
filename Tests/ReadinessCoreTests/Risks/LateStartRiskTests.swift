import Testing

@testable import ReadinessCore

@Suite("late-start: a programme that starts after BSUIDs reached webhooks")
struct LateStartRiskTests {
  @Test("a start after the bsuid-webhooks milestone is a high risk owned by the IT stakeholder")
  func lateStart() throws {
    let result = try assess(
      inventory {
        $0.programme.start = day("2026-04-07")
        $0.programme.stakeholders = [
          Stakeholder(team: "product", owner: "Li Wei", committed: true),
          Stakeholder(team: "it", owner: "Dana Ruiz", committed: true),
        ]
      }, asOf: "2026-04-07")
    let risk = try #require(result.risk("late-start:bsuid-webhooks"))
    #expect(risk.kind == .lateStart && risk.severity == .high && risk.open)
    #expect(risk.owner == "Dana Ruiz")
    #expect(risk.title.contains("username users may already be reaching flows that drop them"))
    #expect(risk.title.contains("2026-04-07") && risk.title.contains("2026-04-06"))
    #expect(!risk.action.isEmpty && risk.due == nil)
  }

  @Test("the action names the catch-up plan when a default window follows it, else not")
  func catchUpPlan() throws {
    let caughtUp = try assess(
      inventory { $0.programme.start = day("2026-04-07") }, asOf: "2026-04-07")
    #expect(
      caughtUp.risk("late-start:bsuid-webhooks")?.action
        == "Fix the flows that break for username users (S-C) first, then follow the catch-up plan")
    let planned = try assess(
      inventory {
        $0.programme.start = day("2026-04-07")
        for (phase, end) in [
          (PhaseID.planning, "2026-05-29"), (.implementation, "2026-08-31"),
          (.testing, "2026-10-30"),
        ] {
          $0.programme.phases[phase] = PhaseWindowOverride(start: day("2026-04-07"), end: day(end))
        }
      }, asOf: "2026-04-07")
    #expect(
      planned.risk("late-start:bsuid-webhooks")?.action
        == "Fix the flows that break for username users (S-C) first")
  }

  @Test("no IT stakeholder: the risk has no owner")
  func noOwner() throws {
    let result = try assess(
      inventory { $0.programme.start = day("2026-11-30") }, asOf: "2026-11-30")
    #expect(result.risk("late-start:bsuid-webhooks")?.owner == nil)
  }

  @Test("a start on the milestone, before it, or before a later given milestone is no risk")
  func notLate() throws {
    #expect(try assess(inventory()).risks.isEmpty)
    #expect(try assess(inventory { $0.programme.start = day("2026-04-06") }).risks.isEmpty)
    let later = try assess(
      inventory {
        $0.programme.start = day("2026-04-20")
        $0.programme.milestones = [Milestone(id: "bsuid-webhooks", date: day("2026-05-01"))]
      })
    #expect(later.risks.isEmpty)
  }

  @Test("late-start sorts after operational-silence among high risks")
  func order() throws {
    let result = try assess(
      inventory {
        $0.programme.start = day("2026-05-04")
        $0.flows = [flow("z", .inboundService, keyedOn: .phone)]
        $0.usernames = [username("acme.com")]
      }, asOf: "2026-05-04")
    #expect(
      result.risks.map(\.id) == [
        "operational-silence:z", "late-start:bsuid-webhooks", "username-invalid:acme.com",
      ])
  }
}

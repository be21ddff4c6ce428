import Testing

@testable import ReadinessCore

/// The facts every renderer shows as the assessment gives them: waiting decisions, upcoming
/// milestones, top risks and ad spend per currency.
@Suite("Facts the assessment exposes to every renderer")
struct AssessmentFactsTests {
  func decision(_ id: String, _ status: DecisionStatus?, neededBy: String?) -> Decision {
    var decision = Decision(id: id, title: "Decide \(id)")
    decision.status = status
    decision.neededBy = neededBy.map(day)
    return decision
  }

  @Test(
    "waiting decisions: overdue after needed-by, the rest by needed-by then title, undated last")
  func waitingDecisions() throws {
    let result = try assess(
      inventory {
        $0.decisions = [
          decision("undated", .proposed, neededBy: nil),
          decision("later", nil, neededBy: "2026-04-01"),
          decision("today", .proposed, neededBy: "2026-03-02"),
          decision("replaced", .superseded, neededBy: "2026-02-01"),
          decision("late", .proposed, neededBy: "2026-03-01"),
          decision("done", .decided, neededBy: "2026-01-01"),
        ]
      }, asOf: "2026-03-02")
    let waiting = result.waitingDecisions
    #expect(waiting.overdue.map(\.id) == ["replaced", "late"])
    #expect(waiting.needed.map(\.id) == ["today", "later", "undated"])
    let overdueRisks = result.risks.filter { $0.kind == .decisionOverdue }.compactMap(\.ref)
    #expect(Set(overdueRisks) == Set(waiting.overdue.map(\.id)))
    #expect(WaitingDecisions([], asOf: day("2026-03-02")).isEmpty)
  }

  @Test("upcoming milestones: the 30 days after as-of, by date then title, with their notes")
  func upcomingMilestones() throws {
    let result = try assess(
      inventory {
        $0.programme.milestones = [Milestone(id: "claim-window", date: day("2026-06-30"))]
        $0.tasks = [
          task("a", start: "2026-06-15", duration: 10),
          task("m", duration: 0, dependsOn: ["a"], milestone: true),
          task("far", start: "2026-09-01", duration: 0, milestone: true),
        ]
      }, asOf: "2026-06-20")
    let upcoming = result.upcomingMilestones
    #expect(upcoming.from == day("2026-06-20") && upcoming.to == day("2026-07-20"))
    #expect(UpcomingMilestones.lookAheadDays == 30)
    let dates = upcoming.entries.map(\.date)
    #expect(
      dates == dates.sorted() && dates.allSatisfy { (upcoming.from...upcoming.to).contains($0) })
    let claim = try #require(upcoming.entries.first { $0.date == day("2026-06-30") })
    #expect(!claim.isDefaultDate && claim.forecast == nil)
    let sendToBSUID = try #require(upcoming.entries.first { $0.date == day("2026-07-01") })
    #expect(sendToBSUID.isDefaultDate)
    let m = try #require(upcoming.entries.first { $0.title == "Task m" })
    #expect(m.forecast != nil && m.forecast != m.date)
    #expect(!upcoming.entries.contains { $0.title == "Task far" || $0.title == "Task a" })
  }

  @Test("top risks: open, by severity, manual before generated, then due date, then id; five")
  func topRisks() throws {
    // Hand-checked: ads (paid click-to-WhatsApp keyed on the phone) is a critical
    // operational-silence risk, svc (inbound, keyed on the phone) a high one.
    func own(_ id: String, _ severity: Severity, due: String? = nil, closed: Bool = false)
      -> ManualRisk
    {
      var risk = ManualRisk(id: id, title: "Risk \(id)", severity: severity)
      risk.due = due.map(day)
      risk.state = closed ? .closed : .open
      return risk
    }
    let result = try assess(
      inventory {
        $0.flows = [
          flow("ads", .clickToWhatsApp, keyedOn: .phone) {
            $0.monthlyAdSpend = Money(amount: 10, currency: "EUR")
            $0.monthlyConversations = 10
          },
          flow("svc", keyedOn: .phone),
        ]
        $0.risks = [
          own("b-high", .high, due: "2026-03-01"), own("z-crit", .critical),
          own("c-high", .high), own("d-high", .high, due: "2026-02-01"),
          own("a-high", .high, due: "2026-02-01"), own("gone", .critical, closed: true),
        ]
      })
    #expect(
      result.topRisks.map(\.id) == [
        "z-crit", "operational-silence:ads", "a-high", "d-high", "b-high",
      ])
    #expect(Assessment.topRiskCount == 5)
    #expect(result.openRisks.count == 7)
  }

  @Test("spend totals: every currency of any scenario, sorted; 0 where a scenario has none")
  func spendTotals() {
    let scenario = { (adoption: Double, spend: [Money]) in
      ExposureScenario(adoption: adoption, conversations: 10, spend: spend, upperBound: false)
    }
    let exposure = Exposure(
      adoptions: [0.1, 0.2],
      scenarios: [
        scenario(0.1, [Money(amount: 5, currency: "GBP")]),
        scenario(0.2, [Money(amount: 7.5, currency: "EUR"), Money(amount: 1, currency: "GBP")]),
      ], flows: [],
      observed: ObservedExposure(
        measurement: ObservedMeasurement(
          file: "o.yaml", measuredTo: day("2026-11-22"), sampleSize: 10, withoutPhoneShare: 0.05),
        scenario: scenario(0.05, [Money(amount: 2, currency: "USD")])))
    #expect(exposure.currencies == ["EUR", "GBP", "USD"])
    #expect(exposure.scenarios[0].spend(in: "EUR") == 0)
    #expect(exposure.scenarios[0].spend(in: "GBP") == 5)
    #expect(exposure.scenarios[1].spend(in: "EUR") == 7.5)
    #expect(Exposure(adoptions: [], scenarios: [scenario(0.1, [])], flows: []).currencies == [])
  }
}

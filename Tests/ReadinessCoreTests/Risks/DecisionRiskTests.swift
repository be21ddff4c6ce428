import Testing

@testable import ReadinessCore

@Suite("decision-overdue and the manual risks' own words")
struct DecisionRiskTests {
  func decision(
    _ id: String, _ status: DecisionStatus?, neededBy: String?, date: String? = nil
  ) -> Decision {
    var decision = Decision(id: id, title: "Decide \(id)")
    decision.owner = "owner-\(id)"
    decision.status = status
    decision.neededBy = neededBy.map(day)
    decision.date = date.map(day)
    return decision
  }

  @Test("a decision not decided after its needed_by is a medium risk owned by its owner")
  func overdue() throws {
    let result = try assess(
      inventory {
        $0.decisions = [
          decision("late", .proposed, neededBy: "2026-03-01"),
          decision("replaced", .superseded, neededBy: "2026-03-01"),
          decision("today", .proposed, neededBy: "2026-03-02"),
          decision("done", .decided, neededBy: "2026-03-01"),
          decision("open", nil, neededBy: "2026-03-01"),
          decision("dated", nil, neededBy: "2026-03-01", date: "2026-03-05"),
          decision("undated", .proposed, neededBy: nil),
        ]
      }, asOf: "2026-03-02")
    let ids = result.risks.filter { $0.kind == .decisionOverdue }.map(\.id)
    #expect(ids == ["decision-overdue:late", "decision-overdue:open", "decision-overdue:replaced"])
    let late = try #require(result.risk("decision-overdue:late"))
    #expect(late.severity == .medium)
    #expect(late.owner == "owner-late")
    #expect(late.due == day("2026-03-01"))
    #expect(
      late.title == "Decision 'Decide late' was needed by 2026-03-01 and is not decided (proposed)")
  }

  @Test("decision-overdue sorts after task-late and tasks-late, before item-blocked")
  func kindOrder() {
    let kinds = Risk.Kind.allCases.map(\.rawValue)
    let index = kinds.firstIndex(of: "decision-overdue")
    #expect(index == kinds.firstIndex(of: "tasks-late").map { $0 + 1 })
    #expect(index == kinds.firstIndex(of: "task-late").map { $0 + 2 })
    #expect(index == kinds.firstIndex(of: "item-blocked").map { $0 - 1 })
  }

  @Test("a manual risk keeps its likelihood, impact, status and action")
  func manualWords() throws {
    var risk = ManualRisk(id: "r1", title: "Vendor late", severity: .high)
    risk.likelihood = .medium
    risk.impact = .high
    risk.state = .closed
    risk.action = "Weekly call"
    let result = try assess(inventory { $0.risks = [risk] })
    let listed = try #require(result.risk("r1"))
    #expect(listed.likelihood == .medium)
    #expect(listed.impact == .high)
    #expect(listed.open == false)
    #expect(listed.action == "Weekly call")
  }
}

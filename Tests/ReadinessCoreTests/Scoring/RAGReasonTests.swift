import Testing

@testable import ReadinessCore

/// Planning scores 50 in every case (`PhaseScoringTests.planningHalf`); the planning window
/// 2026-01-01 → 2026-03-31 is 89 days, so expected progress on day d is 100 × d / 89.
@Suite("RAG thresholds and reasons")
struct RAGReasonTests {
  @Test("red when the score trails by more than red_tolerance, default twice the tolerance")
  func redByDefaultThreshold() throws {
    // 2026-03-13 is day 71: 79.8 expected, 29.8 behind: amber. 2026-03-14 is day 72: 80.9, 30.9
    // behind: more than 2 × 15 = 30, red.
    let amber = try assess(PhaseScoringTests.planningHalf(), asOf: "2026-03-13")
    #expect(amber.phase(.planning)?.rag == .amber)
    let red = try assess(PhaseScoringTests.planningHalf(), asOf: "2026-03-14")
    #expect(red.phase(.planning)?.rag == .red)
    #expect(
      red.phase(.planning)?.ragReason
        == "red: 50.0 vs 80.9 expected, 30.9 points behind (red beyond 30.0)")
  }

  @Test("red_tolerance follows tolerance by default and can be set on its own")
  func redToleranceSetting() throws {
    // Tolerance 20 puts red beyond 40: 30.9 behind is amber.
    let wider = try assess(
      PhaseScoringTests.planningHalf { $0.programme.tolerance = 20 }, asOf: "2026-03-14")
    #expect(wider.phase(.planning)?.rag == .amber)
    #expect(
      wider.phase(.planning)?.ragReason
        == "amber: 50.0 vs 80.9 expected, 30.9 points behind (tolerance 20.0)")
    let explicit = try assess(
      PhaseScoringTests.planningHalf { $0.programme.redTolerance = 35 }, asOf: "2026-03-14")
    #expect(explicit.phase(.planning)?.rag == .amber)
    let tight = try assess(
      PhaseScoringTests.planningHalf { $0.programme.redTolerance = 15.1 }, asOf: "2026-02-28")
    #expect(
      tight.phase(.planning)?.ragReason
        == "red: 50.0 vs 65.2 expected, 15.2 points behind (red beyond 15.1)")
  }

  @Test("a blocked item is named beside the gap, whatever the RAG")
  func blockedBesideGap() throws {
    // R-P4 attested blocked keeps its derived 0 of 3: planning still scores 50.
    let blocked = PhaseScoringTests.planningHalf {
      $0.attestations.append(attestation(.rP4, .blocked))
    }
    #expect(
      try assess(blocked, asOf: "2026-03-14").phase(.planning)?.ragReason
        == "red: 50.0 vs 80.9 expected, 30.9 points behind (red beyond 30.0); R-P4 is blocked")
    #expect(
      try assess(blocked, asOf: "2026-02-28").phase(.planning)?.ragReason
        == "amber: 50.0 vs 65.2 expected, 15.2 points behind (tolerance 15.0); R-P4 is blocked")
    #expect(
      try assess(blocked, asOf: "2026-04-01").phase(.planning)?.ragReason
        == "red: the phase ended 2026-03-31 at 50.0 of 100; R-P4 is blocked")
  }

  @Test("a defaulted red_tolerance is listed among the assumptions, a given one is not")
  func redToleranceAssumption() throws {
    let defaulted = try assess(PhaseScoringTests.planningHalf { $0.programme.tolerance = 10 })
    let assumption = defaulted.assumptions.first { $0.subject == "red tolerance" }
    #expect(assumption?.value == "20.0 points")
    let given = try assess(PhaseScoringTests.planningHalf { $0.programme.redTolerance = 25 })
    #expect(!given.assumptions.contains { $0.subject == "red tolerance" })
  }

  @Test("the overall reason is a sentence naming the open critical risks, then the worst phases")
  func overallReason() throws {
    let green = try assess(PhaseScoringTests.planningHalf())
    #expect(
      green.overall.reason == "Green because every phase is green and no critical risk is open.")
    let ended = try assess(PhaseScoringTests.planningHalf(), asOf: "2026-04-01")
    #expect(ended.overall.reason == "Red because phase planning is red.")
    let critical = [
      ManualRisk(id: "vendor", title: "Vendor gone", severity: .critical),
      ManualRisk(id: "bsp", title: "BSP late", severity: .critical),
    ]
    let risky = try assess(PhaseScoringTests.planningHalf { $0.risks = critical })
    #expect(risky.overall.rag == .red)
    #expect(
      risky.overall.reason
        == "Red because the critical risk 'BSP late' is open (and 1 more critical).")
    let both = try assess(
      PhaseScoringTests.planningHalf {
        $0.risks = [critical[0]]
        $0.attestations.append(attestation(.rI1, .blocked))
      })
    #expect(
      both.overall.reason
        == "Red because the critical risk 'Vendor gone' is open and phase implementation is amber.")
  }

  @Test("the overall reason cuts a long risk title to 60 characters")
  func longTitle() throws {
    let title = String(repeating: "x", count: 61)
    let result = try assess(
      PhaseScoringTests.planningHalf {
        $0.risks = [ManualRisk(id: "long", title: title, severity: .critical)]
      })
    #expect(
      result.overall.reason
        == "Red because the critical risk '\(String(repeating: "x", count: 59))…' is open.")
  }

  @Test("a long title is cut at a space, not inside a word")
  func cutAtSpace() throws {
    let title = "EV charging tariff ads silently loses conversations from username users"
    let result = try assess(
      PhaseScoringTests.planningHalf {
        $0.risks = [ManualRisk(id: "ev", title: title, severity: .critical)]
      })
    #expect(
      result.overall.reason
        == "Red because the critical risk 'EV charging tariff ads silently loses conversations"
        + " from…' is open.")
  }

  @Test("a title's own quote marks are dropped, its apostrophes kept: no two quotes side by side")
  func quotedTitle() throws {
    let title = "'Tariff ads' silently lose Acme's chats"
    let result = try assess(
      PhaseScoringTests.planningHalf {
        $0.risks = [ManualRisk(id: "ads", title: title, severity: .critical)]
      })
    #expect(
      result.overall.reason
        == "Red because the critical risk 'Tariff ads silently lose Acme's chats' is open.")
  }
}

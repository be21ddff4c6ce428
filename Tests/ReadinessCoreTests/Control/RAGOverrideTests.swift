import Testing

@testable import ReadinessCore

/// `programme.rag_override`, checked by hand on `PhaseScoringTests.planningHalf`: on 2026-03-14
/// planning scores 50.0 against 80.9 expected, 30.9 points behind, which is red.
@Suite("RAG override beside the computed RAG")
struct RAGOverrideTests {
  static func override(_ scope: RAGScope, _ rag: RAG, until: String) -> RAGOverride {
    var override = RAGOverride(
      rag: rag, reason: "Vendor fix confirmed", by: "Dana Ruiz", until: day(until))
    override.scope = scope
    return override
  }

  static func inventory(_ overrides: [RAGOverride]) -> Inventory {
    PhaseScoringTests.planningHalf { $0.programme.ragOverrides = overrides }
  }

  @Test("an override is shown beside the computed RAG through its until day, which is kept")
  func holdsThroughUntil() throws {
    let a = try assess(
      Self.inventory([
        Self.override(.overall, .amber, until: "2026-03-14"),
        Self.override(.planning, .green, until: "2026-04-30"),
      ]), asOf: "2026-03-14")
    #expect(a.overall.rag == .red)
    #expect(a.overall.shownRAG == .amber)
    #expect(a.overall.reason == "Red because phase planning is red.")
    #expect(
      a.overall.shownReason
        == "AMBER, set by Dana Ruiz: Vendor fix confirmed (computed RED: phase planning is red)")
    let planning = try #require(a.phase(.planning))
    #expect(planning.rag == .red && planning.shownRAG == .green)
    #expect(
      planning.shownReason
        == "GREEN, set by Dana Ruiz: Vendor fix confirmed (computed RED: 50.0 vs 80.9 expected,"
        + " 30.9 points behind (red beyond 30.0))")
    #expect(a.phase(.implementation)?.override == nil)
  }

  @Test("after until the override lapses: a warning, and the computed RAG is shown alone")
  func lapses() throws {
    let inventory = Self.inventory([Self.override(.overall, .green, until: "2026-03-13")])
    let result = InventoryValidator.validate(inventory, asOf: day("2026-03-14"))
    let warning = try #require(result.diagnostics.first { $0.code == .ragOverrideLapsed })
    #expect(warning.severity == .warning)
    #expect(
      warning.message
        == "the overall RAG override lapsed on 2026-03-13: the computed RAG is shown alone")
    let a = try assess(inventory, asOf: "2026-03-14")
    #expect(a.overall.override == nil)
    #expect(
      a.overall.shownRAG == .red && a.overall.shownReason == "Red because phase planning is red.")
  }

  @Test("until more than 8 weeks after as_of is an error naming the latest day allowed")
  func atMostEightWeeks() throws {
    // 2026-03-14 + 56 days = 2026-05-09.
    let ok = InventoryValidator.validate(
      Self.inventory([Self.override(.testing, .amber, until: "2026-05-09")]),
      asOf: day("2026-03-14"))
    #expect(ok.validated != nil && ok.diagnostics.isEmpty)
    let long = InventoryValidator.validate(
      Self.inventory([Self.override(.testing, .amber, until: "2026-05-10")]),
      asOf: day("2026-03-14"))
    #expect(long.validated == nil)
    let error = try #require(long.diagnostics.first)
    #expect(error.code == .ragOverrideTooLong && error.severity == .error)
    #expect(
      error.message
        == "the testing RAG override holds until 2026-05-10, more than 8 weeks after 2026-03-14")
    #expect(error.hint == "set until to 2026-05-09 or earlier, and renew it when it lapses")
  }

  @Test("gates use the computed RAG: a green override does not silence --fail-on red")
  func gatesUseComputed() throws {
    let a = try assess(
      Self.inventory([Self.override(.overall, .green, until: "2026-04-01")]), asOf: "2026-03-14")
    #expect(a.overall.shownRAG == .green)
    let result = Gate.failOn(.red).check(a.overall)
    #expect(result.failed)
    #expect(result.message == "overall RAG is RED (the run fails on RED or worse)")
    // And the reverse: a red override never fails an amber gate on a green programme.
    let green = try assess(
      Self.inventory([Self.override(.overall, .red, until: "2026-01-20")]), asOf: "2026-01-01")
    #expect(green.overall.rag == .green && green.overall.shownRAG == .red)
    #expect(!Gate.failOn(.amber).check(green.overall).failed)
  }
}

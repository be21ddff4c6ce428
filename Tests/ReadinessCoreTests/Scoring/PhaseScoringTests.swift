import Testing

@testable import ReadinessCore

@Suite("Scores and RAG")
struct PhaseScoringTests {
  /// Planning scores 50: R-P1 attested done, R-P4 0 of 3; the other phases have no applicable item.
  static func planningHalf(_ configure: (inout Inventory) -> Void = { _ in }) -> Inventory {
    inventory {
      $0.attestations = [attestation(.rP1, .done)]
      configure(&$0)
    }
  }

  @Test("expected progress is the elapsed fraction of the window, one decimal")
  func expectedProgress() throws {
    // Planning 2026-01-01 → 2026-03-31 is 89 days; 2026-02-15 is day 45: 45 / 89 = 50.56 %.
    let result = try assess(Self.planningHalf(), asOf: "2026-02-15")
    #expect(result.phase(.planning)?.expected == 50.6)
    #expect(result.phase(.testing)?.expected == 0)
  }

  @Test("a phase score rounds half away from zero as written: 7.05 → 7.1")
  func scoreRoundingAsWritten() throws {
    // R-P1 has no flows, so its one covering task's progress decides: 7.05 % (0.07049999… in
    // binary). R-P4 is attested not applicable, so R-P1 alone is the planning score.
    let result = try assess(
      inventory {
        $0.tasks = [task("audit", .planning, duration: 1, covers: [.rP1], progress: 7.05)]
        $0.attestations = [attestation(.rP4, .notApplicable)]
      })
    #expect(result.phase(.planning)?.score == 7.1)
  }

  @Test("as_of before any phase: expected 0 and green")
  func beforeAnyPhase() throws {
    let result = try assess(Self.planningHalf(), asOf: "2025-12-01")
    #expect(result.phases.map(\.expected) == [0, 0, 0])
    #expect(result.phases.map(\.rag) == [.green, .green, .green])
    #expect(result.phase(.planning)?.ragReason == "green: 50.0 vs 0.0 expected, on track")
  }

  @Test("a phase that ended below 100 is red; at 100 it is not")
  func endedPhase() throws {
    let red = try assess(Self.planningHalf(), asOf: "2026-04-01")
    #expect(red.phase(.planning)?.rag == .red && red.phase(.planning)?.expected == 100)
    #expect(red.phase(.planning)?.ragReason == "red: the phase ended 2026-03-31 at 50.0 of 100")
    #expect(red.overall.rag == .red)
    // On its last day it has not ended: 50 behind is red only beyond the red tolerance.
    let onLastDay = try assess(
      Self.planningHalf { $0.programme.redTolerance = 60 }, asOf: "2026-03-31")
    #expect(onLastDay.phase(.planning)?.rag == .amber)
    let complete = try assess(
      Self.planningHalf { $0.attestations.append(attestation(.rP4, .done)) }, asOf: "2026-04-01")
    #expect(complete.phase(.planning)?.score == 100 && complete.phase(.planning)?.rag == .green)
  }

  @Test("amber when the score trails the expected progress by more than the tolerance")
  func amberByTolerance() throws {
    // 2026-02-27: 57/89 → 64.0, 14 behind: green. 2026-02-28: 58/89 → 65.2, 15.2 behind: amber.
    let green = try assess(Self.planningHalf(), asOf: "2026-02-27")
    #expect(green.phase(.planning)?.rag == .green)
    let amber = try assess(Self.planningHalf(), asOf: "2026-02-28")
    #expect(amber.phase(.planning)?.rag == .amber)
    #expect(
      amber.phase(.planning)?.ragReason
        == "amber: 50.0 vs 65.2 expected, 15.2 points behind (tolerance 15.0)")
    #expect(
      green.phase(.planning)?.ragReason
        == "green: 50.0 vs 64.0 expected, 14.0 points behind (tolerance 15.0)")
    let tolerant = try assess(Self.planningHalf { $0.programme.tolerance = 20 }, asOf: "2026-02-28")
    #expect(tolerant.phase(.planning)?.rag == .green)
  }

  @Test("amber when an item is blocked")
  func amberByBlocked() throws {
    let result = try assess(
      Self.planningHalf { $0.attestations.append(attestation(.rI1, .blocked)) })
    #expect(result.phase(.implementation)?.rag == .amber)
    #expect(result.phase(.implementation)?.ragReason == "amber: R-I1 is blocked")
    #expect(result.overall.rag == .amber)
  }

  @Test("a phase with no applicable item has no score, is green and leaves the overall mean")
  func emptyPhase() throws {
    // Planning 50 (weight 1), implementation 100 (weight 3), testing none: (50 + 300) / 4 = 87.5.
    let result = try assess(
      Self.planningHalf {
        $0.attestations.append(attestation(.rI1, .done))
        $0.programme.weights = [.implementation: 3, .testing: 5]
      })
    #expect(result.phase(.testing)?.score == nil && result.phase(.testing)?.rag == .green)
    #expect(result.phase(.implementation)?.weight == 3)
    #expect(
      result.overall
        == ScoreRAG(
          score: 87.5, rag: .green,
          reason: "Green because every phase is green and no critical risk is open."))
  }

  @Test("overall score is the weighted mean of the phase scores, one decimal")
  func overallMean() throws {
    // Planning 50, implementation 100, testing 0 (R-T1 attested not_started), equal weights:
    // 150 / 3 = 50.
    let result = try assess(
      Self.planningHalf {
        $0.attestations += [attestation(.rI1, .done), attestation(.rT1, .notStarted)]
      })
    #expect(result.phases.map(\.score) == [50, 100, 0])
    #expect(result.overall.score == 50)
    #expect(try assess(inventory()).overall.score == 0)
  }

  @Test("overall RAG is red whenever an open critical risk exists, not for a closed one")
  func overallRedByCriticalRisk() throws {
    var open = ManualRisk(id: "vendor", title: "Vendor gone", severity: .critical)
    let red = try assess(Self.planningHalf { $0.risks = [open] })
    #expect(red.phases.allSatisfy { $0.rag == .green } && red.overall.rag == .red)
    open.state = .closed
    #expect(try assess(Self.planningHalf { $0.risks = [open] }).overall.rag == .green)
  }
}

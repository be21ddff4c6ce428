import Testing

@testable import ReadinessCore

@Suite("Checklist item rules")
struct ItemEvaluatorTests {
  /// Two of four systems assessed: R-P2 derives 0.5.
  static func halfAssessed(_ configure: (inout Inventory) -> Void = { _ in }) -> Inventory {
    inventory {
      $0.systems = [
        system("a") { $0.needsBSUID = .no }, system("b") { $0.needsBSUID = .no }, system("c"),
        system("d"),
      ]
      configure(&$0)
    }
  }

  @Test("denominator 0 uses the mean progress of covering tasks, listing unfinished ones")
  func taskFallback() throws {
    let result = try assess(
      inventory {
        $0.tasks = [
          task("t1", duration: 1, covers: [.rI1], progress: 40),
          task("t2", duration: 1, covers: [.rI1, .rI1], progress: 80),
        ]
      })
    let item = try #require(result.item(.rI1))
    #expect(abs((item.completion ?? 0) - 0.6) < 1e-12)
    #expect(item.basis == .tasks && item.status == .inProgress)
    #expect(item.coveringTasks == ["t1", "t2"])
    #expect(
      item.pending.map(\.ref) == ["t1", "t2"]
        && item.pending.map(\.owner) == ["owner-t1", "owner-t2"])
    #expect(item.pending.first?.reason == "40% done")
  }

  @Test("a covering task with status not_applicable does not count in the task mean")
  func notApplicableTaskLeavesMean() throws {
    let result = try assess(
      inventory {
        $0.tasks = [
          task("t1", duration: 1, covers: [.rI1], progress: 40),
          task("dropped", duration: 1, covers: [.rI1], status: .notApplicable),
          task("only-na", duration: 1, covers: [.rI2], status: .notApplicable),
        ]
      })
    let item = try #require(result.item(.rI1))
    #expect(item.completion == 0.4 && item.coveringTasks == ["t1"])
    #expect(result.item(.rI2)?.status == .notApplicable)
  }

  @Test("denominator 0 without covering tasks is not_applicable and leaves the phase")
  func notApplicableLeavesPhase() throws {
    // Planning: R-P1 = 1 (one audited flow), R-P2 and R-P3 have nothing to count, R-P4 = 0/3.
    let result = try assess(inventory { $0.flows = [flow("f", .clickToWhatsApp, keyedOn: .bsuid)] })
    #expect(result.item(.rP2)?.status == .notApplicable && result.item(.rP2)?.completion == nil)
    #expect(result.item(.rP3)?.basis == ItemResult.Basis.none)
    #expect(result.phase(.planning)?.score == 50)
  }

  @Test("attestation done overrides the derived fraction with 1 and is shown as attested")
  func attestedDone() throws {
    let result = try assess(Self.halfAssessed { $0.attestations = [attestation(.rP2, .done)] })
    let item = try #require(result.item(.rP2))
    #expect(item.completion == 1 && item.status == .done && item.attested)
    #expect(item.attestation?.by == "Li Wei" && item.attestation?.on == day("2026-01-10"))
    #expect(item.pending.isEmpty)
  }

  @Test("attestation not_started sets 0")
  func attestedNotStarted() throws {
    let result = try assess(
      Self.halfAssessed { $0.attestations = [attestation(.rP2, .notStarted)] })
    #expect(result.item(.rP2)?.completion == 0 && result.item(.rP2)?.status == .notStarted)
  }

  @Test("attestation in_progress keeps the derived fraction, or 0 when nothing is counted")
  func attestedInProgress() throws {
    let result = try assess(
      Self.halfAssessed {
        $0.attestations = [attestation(.rP2, .inProgress), attestation(.rT1, .inProgress)]
      })
    #expect(result.item(.rP2)?.completion == 0.5 && result.item(.rP2)?.status == .inProgress)
    #expect(result.item(.rT1)?.completion == 0 && result.item(.rT1)?.status == .inProgress)
  }

  @Test("attestation not_applicable removes the item from its phase")
  func attestedNotApplicable() throws {
    // Planning without the attestation: R-P2 0.5 and R-P4 0 → 25; with it only R-P4 → 0.
    let plain = try assess(Self.halfAssessed())
    let removed = try assess(
      Self.halfAssessed { $0.attestations = [attestation(.rP2, .notApplicable)] })
    #expect(plain.phase(.planning)?.score == 25)
    #expect(
      removed.item(.rP2)?.completion == nil && removed.item(.rP2)?.status == .notApplicable)
    #expect(removed.phase(.planning)?.score == 0)
  }

  @Test("attestation blocked keeps the fraction and blocks the item")
  func attestedBlocked() throws {
    let result = try assess(Self.halfAssessed { $0.attestations = [attestation(.rP2, .blocked)] })
    #expect(result.item(.rP2)?.completion == 0.5 && result.item(.rP2)?.status == .blocked)
  }

  @Test("a blocked covering task blocks the item; status otherwise follows completion")
  func blockedTask() throws {
    let result = try assess(
      Self.halfAssessed {
        $0.tasks = [task("t", duration: 1, covers: [.rP2], status: .blocked)]
        $0.systems.append(
          system("e") {
            $0.needsBSUID = .yes
            $0.bsuidField = .done
          })
      })
    let item = try #require(result.item(.rP2))
    #expect(item.basis == .data && item.completion == 0.6 && item.status == .blocked)
    #expect(result.item(.rI1)?.status == .done && result.item(.rP4)?.status == .notStarted)
  }

  @Test("item weights weigh the phase score")
  func itemWeights() throws {
    // Planning: R-P1 = 1 with weight 3, R-P4 = 0 with weight 1 → 100 × 3 / 4 = 75.
    let result = try assess(
      inventory {
        $0.flows = [flow("f", .campaign, keyedOn: .phone)]
        $0.programme.itemWeights = [.rP1: 3]
      })
    #expect(result.item(.rP1)?.weight == 3 && result.item(.rP4)?.weight == 1)
    #expect(result.phase(.planning)?.score == 75)
  }
}

import Testing

@testable import ReadinessCore

@Suite("A WABA's owner owns its pending items and risks")
struct WABAOwnerTests {
  /// a (portfolio bp-a, owner Ana) shares ids with b (bp-b, no owner) and migrates; c (no owner)
  /// shares ids with d (owner Dee); none has a pass-through BSP or parent BSUIDs.
  let wabas = [
    waba("a", portfolio: "bp-a") {
      $0.owner = "Ana"
      $0.bsp = "Infobip"
      $0.sharesUserIdsWith = ["b"]
      $0.migrationDate = day("2026-09-01")
    },
    waba("b", portfolio: "bp-b") { $0.bsp = "Infobip" },
    waba("c", portfolio: "bp-c") {
      $0.sharesUserIdsWith = ["d"]
      $0.bsp = "360dialog"
    },
    waba("d", portfolio: "bp-d") {
      $0.owner = "Dee"
      $0.bsp = "360dialog"
    },
  ]

  @Test("R-C3, R-C4 and R-C7 name the WABA's owner; a pair falls back to its partner's")
  func pendingOwners() throws {
    let result = try assess(inventory { $0.programme.wabas = wabas })
    let c3 = try #require(result.item(.rC3))
    #expect(c3.pending.map(\.ref) == ["a", "c"])
    #expect(c3.pending.map(\.owner) == ["Ana", "Dee"])
    #expect(result.item(.rC4)?.pending.map(\.owner) == ["Ana"])
    #expect(result.item(.rC7)?.pending.map(\.owner) == ["Ana", nil, nil, "Dee"])
  }

  @Test("bsuid-invalidation and shared-ids are owned by the WABA's owner when no task covers R-C4")
  func riskOwners() throws {
    let result = try assess(inventory { $0.programme.wabas = wabas })
    #expect(result.risk("bsuid-invalidation:a")?.owner == "Ana")
    #expect(result.risk("shared-ids:a")?.owner == "Ana")
    #expect(result.risk("shared-ids:c")?.owner == "Dee")
  }

  @Test("a task covering R-C4 still owns bsuid-invalidation before the WABA's owner")
  func coveringTaskFirst() throws {
    let result = try assess(
      inventory {
        $0.programme.wabas = wabas
        $0.tasks = [task("remap", duration: 10, covers: [.rC4], progress: 50, status: .inProgress)]
      })
    #expect(result.risk("bsuid-invalidation:a")?.owner == "owner-remap")
  }
}

import Testing

@testable import ReadinessCore

@Suite("Planning items R-P1…R-P4")
struct PlanningRulesTests {
  @Test("R-P1 counts flows whose primary identifier is known, over all flows")
  func flowsAudited() throws {
    let result = try assess(
      inventory {
        $0.flows = [flow("a", keyedOn: .phone), flow("b"), flow("c", .campaign, keyedOn: .bsuid)]
      })
    let item = try #require(result.item(.rP1))
    #expect(item.done == 2 && item.counted == 3)
    #expect(abs((item.completion ?? -1) - 2.0 / 3.0) < 1e-12)
    #expect(item.status == .inProgress)
    #expect(item.pending.count == 1)
    let pending = try #require(item.pending.first)
    #expect(pending.kind == .flow && pending.ref == "b" && pending.name == "Flow b")
    #expect(pending.owner == "owner-b" && pending.reason == "primary_identifier: unknown")
    #expect(pending.reasonMessage.key.id == "checklist.pending.value")
  }

  @Test("R-P2 counts systems whose needs_bsuid is assessed")
  func systemsAssessed() throws {
    let result = try assess(
      inventory {
        $0.systems = [
          system("a") { $0.needsBSUID = .yes }, system("b") { $0.needsBSUID = .no },
          system("c"), system("d"),
        ]
      })
    let item = try #require(result.item(.rP2))
    #expect(item.completion == 0.5)
    #expect(item.pending.map(\.ref) == ["c", "d"])
    #expect(item.pending.map(\.owner) == ["owner-c", "owner-d"])
  }

  @Test("R-P3 counts phone-needing and phone kinds of flow with a decided phone request")
  func phoneRequestsDecided() throws {
    let result = try assess(
      inventory {
        $0.flows = [
          flow("needs", .botJourney) { $0.needsPhoneFor = [.crmLookup] },
          flow("auth", .authentication) { $0.phoneRequest = .none },
          flow("ctwa", .clickToWhatsApp),
          flow("idv", .identityVerification) { $0.phoneRequest = .prompt },
        ]
      })
    let item = try #require(result.item(.rP3))
    #expect(item.done == 2 && item.counted == 3)
    #expect(item.pending.map(\.ref) == ["needs"])
  }

  @Test("R-P4 counts IT, product and operations, case-insensitively, all entries committed")
  func stakeholdersCommitted() throws {
    let result = try assess(
      inventory {
        $0.programme.stakeholders = [
          Stakeholder(team: " it ", owner: "Dana", committed: true),
          Stakeholder(team: "Product", owner: "Li", committed: true),
          Stakeholder(team: "PRODUCT", owner: "Kim", committed: false),
          Stakeholder(team: "marketing", owner: "Max", committed: true),
        ]
      })
    let item = try #require(result.item(.rP4))
    #expect(item.done == 1 && item.counted == 3)
    #expect(item.pending.map(\.ref) == ["product", "operations"])
    #expect(item.pending.map(\.owner) == ["Kim", nil])
    #expect(item.pending.map(\.reason) == ["not committed", "no stakeholder listed"])
  }

  @Test("R-P4 always counts three teams, so an empty list scores 0 not not_applicable")
  func stakeholdersEmpty() throws {
    let item = try #require(try assess(inventory()).item(.rP4))
    #expect(item.completion == 0 && item.status == .notStarted && item.counted == 3)
  }
}

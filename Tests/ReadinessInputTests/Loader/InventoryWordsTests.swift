import ReadinessCore
import ReadinessInput
import Testing

@Suite("The inventory in the user's words: teams, WABA owners, risks and decisions")
struct InventoryWordsTests {
  @Test("teams match in any case and read as the listed spelling; marketing is accepted")
  func teams() throws {
    let result = load(
      inventory(
        """
          stakeholders:
            - { team: it, committed: true }
            - { team: Product, committed: true }
            - { team: MARKETING, committed: false }
        """))
    #expect(result.diagnostics.isEmpty, "\(rendered(result))")
    let inv = try #require(result.evaluated?.inventory)
    #expect(inv.programme.stakeholders.map(\.team) == ["IT", "product", "marketing"])
  }

  @Test("any other team is an error at the value with a did-you-mean hint")
  func unknownTeam() {
    let result = load(inventory("  stakeholders:\n    - { team: Produto, committed: true }"))
    #expect(
      rendered(result) == ["inv.yaml:5:15: error: invalid team 'Produto' [inventory.invalid-enum]"])
    #expect(result.diagnostics.first?.hint == "did you mean 'product'?")
    let far = load(inventory("  stakeholders:\n    - { team: Finance, committed: true }"))
    #expect(far.diagnostics.first?.hint == "expected one of: IT, product, operations, marketing")
  }

  @Test("a WABA takes an owner and phone numbers with display names")
  func wabaOwner() throws {
    let result = load(
      inventory(
        """
          wabas:
            - id: w1
              owner: Ana Souza
              phone_numbers:
                - { number: "+55 11 4000 1234", display_name: Loja Azul }
                - { number: "+55 21 4000 9876" }
        """))
    #expect(result.diagnostics.isEmpty, "\(rendered(result))")
    let waba = try #require(result.evaluated?.inventory.programme.wabas.first)
    #expect(waba.owner == "Ana Souza")
    #expect(
      waba.phoneNumbers == [
        BusinessPhoneNumber(number: "+55 11 4000 1234", displayName: "Loja Azul"),
        BusinessPhoneNumber(number: "+55 21 4000 9876"),
      ])
    let missing = load(
      inventory("  wabas:\n    - { id: w1, phone_numbers: [{ display_name: Loja }] }"))
    #expect(
      rendered(missing) == [
        "inv.yaml:5:33: error: a phone_number needs 'number' [inventory.missing-key]"
      ])
  }

  @Test(
    "risks take likelihood, impact, status and action; decisions status, rationale, needed_by, link"
  )
  func manualEntries() throws {
    let result = load(
      inventory(
        """
        risks:
          - { id: r1, title: Vendor late, severity: high, likelihood: medium, impact: high, status: closed, action: Weekly call }
        decisions:
          - { id: d1, title: Key on BSUID, status: proposed, rationale: Fewer lookups, needed_by: 2026-03-01, link: https://wiki/d1 }
        """))
    #expect(result.diagnostics.isEmpty, "\(rendered(result))")
    let inv = try #require(result.evaluated?.inventory)
    #expect(inv.risks.first?.likelihood == .medium)
    #expect(inv.risks.first?.impact == .high)
    #expect(inv.risks.first?.state == .closed)
    #expect(inv.risks.first?.action == "Weekly call")
    let decision = try #require(inv.decisions.first)
    #expect(decision.status == .proposed)
    #expect(decision.rationale == "Fewer lookups")
    #expect(decision.neededBy?.iso == "2026-03-01")
    #expect(decision.link == "https://wiki/d1")
  }

  @Test("a likelihood or decision status outside its list is an error at the value")
  func manualEnums() {
    let result = load(
      inventory(
        """
        risks:
          - { id: r1, title: T, severity: high, likelihood: likely }
        decisions:
          - { id: d1, title: T, status: agreed }
        """))
    #expect(
      rendered(result) == [
        "inv.yaml:5:53: error: invalid likelihood 'likely' [inventory.invalid-enum]",
        "inv.yaml:7:33: error: invalid status 'agreed' [inventory.invalid-enum]",
      ])
    #expect(
      result.diagnostics.map(\.hint) == [
        "expected one of: low, medium, high", "expected one of: proposed, decided, superseded",
      ])
  }

  @Test("a decision without status is decided when it has a date, else proposed")
  func decisionDefault() {
    var decision = Decision(id: "d", title: "T")
    #expect(decision.effectiveStatus == .proposed)
    decision.date = Day(iso: "2026-02-01")
    #expect(decision.effectiveStatus == .decided)
    decision.status = .superseded
    #expect(decision.effectiveStatus == .superseded)
  }
}

import ReadinessCore
import ReadinessInput
import Testing

/// `risks[].id` alone takes a generated risk's id, to override it (SPEC §9).
@Suite("Loading risk overrides: generated ids, review dates, required keys")
struct RiskOverrideLoadingTests {
  @Test("a generated risk's id is read, without title or severity")
  func overrideID() throws {
    let result = load(
      inventory(
        "risks:\n  - { id: \"operational-silence:ctwa-ev\", owner: Li Wei, status: closed }\n"
          + "  - { id: tasks-late, note: Re-planning on Monday }"))
    #expect(rendered(result) == [])
    let risks = try #require(result.evaluated?.inventory.risks)
    #expect(risks.map(\.id) == ["operational-silence:ctwa-ev", "tasks-late"])
    #expect(risks.allSatisfy(\.isOverride) && risks[0].state == .closed)
  }

  @Test("an id with a colon but no generated kind is refused with the kinds listed")
  func unknownKind() throws {
    let result = load(inventory("risks: [{ id: \"vendor:late\", title: R, severity: low }]"))
    #expect(
      rendered(result) == [
        "inv.yaml:4:15: error: 'id' is neither an id nor a generated risk's id: 'vendor:late' [inventory.invalid-id]"
      ])
    let hint = try #require(result.diagnostics.first?.hint)
    #expect(hint.contains("operational-silence, send-fails") && hint.contains("tasks-late"))
  }

  @Test("the colon form is only an id in risks")
  func onlyInRisks() {
    let result = load(inventory("systems: [{ id: \"operational-silence:x\", name: S, kind: crm }]"))
    #expect(result.diagnostics.map(\.code) == [.invalidID])
  }

  @Test("a risk of one's own still needs title and severity, at the entry")
  func ownRisk() {
    #expect(
      rendered(load(inventory("risks:\n  - { id: vendor, owner: Li }"))) == [
        "inv.yaml:5:5: error: risk 'vendor' needs 'title' [inventory.missing-key]",
        "inv.yaml:5:5: error: risk 'vendor' needs 'severity' [inventory.missing-key]",
      ])
  }

  @Test("accepted: review at most 12 weeks after as-of, at the value; lapsed is a warning")
  func review() {
    let entry = { (review: String) in
      inventory(
        "  as_of: 2026-11-25\nrisks:\n  - { id: vendor, title: V, severity: high,"
          + " status: accepted, review: \(review) }")
    }
    // 2026-11-25 + 84 days = 2027-02-17.
    #expect(rendered(load(entry("2027-02-17"))) == [])
    #expect(
      rendered(load(entry("2027-02-18"))) == [
        "inv.yaml:6:71: error: risk 'vendor' is accepted until 2027-02-18, more than 12 weeks after as-of 2026-11-25 [inventory.out-of-range]"
      ])
    #expect(
      rendered(load(entry("2026-11-24"))) == [
        "inv.yaml:6:71: warning: the acceptance of risk 'vendor' lapsed on 2026-11-24: it counts as open again [inventory.risk-acceptance-lapsed]"
      ])
  }
}

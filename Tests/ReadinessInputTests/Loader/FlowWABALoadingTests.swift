import ReadinessCore
import ReadinessInput
import Testing

@Suite("A flow's waba: read, checked against the WABAs, and asked for when there are several")
struct FlowWABALoadingTests {
  /// An inventory with two WABAs and the given flows section.
  static func twoWABAs(_ flows: String) -> String {
    """
    version: 1
    programme:
      name: Test
      wabas:
        - { id: waba-br, bsp: Zenvia, bsp_bsuid_enabled: false }
        - { id: waba-pix, bsp: Zenvia, bsp_bsuid_enabled: true }
    \(flows)
    """
  }

  @Test("waba is read from YAML and from a CSV column")
  func read() throws {
    let yaml = load(Self.twoWABAs("flows: [{ id: f, name: F, kind: crm_lookup, waba: waba-pix }]"))
    #expect(yaml.diagnostics.isEmpty, "\(rendered(yaml))")
    #expect(try #require(yaml.evaluated).inventory.flows[0].waba == "waba-pix")
    let csv = load(
      Self.twoWABAs("flows: { csv: flows.csv }"),
      files: ["flows.csv": "id,name,kind,waba\nf,F,crm_lookup,waba-br\n"])
    #expect(try #require(csv.evaluated).inventory.flows[0].waba == "waba-br")
  }

  @Test("an unknown waba is an error at its value, with a did-you-mean hint")
  func unknown() {
    let result = load(Self.twoWABAs("flows: [{ id: f, name: F, kind: crm_lookup, waba: waba-bx }]"))
    #expect(
      rendered(result) == [
        "inv.yaml:7:51: error: unknown WABA 'waba-bx' [inventory.unknown-reference]"
      ])
    #expect(result.diagnostics.first?.hint == "did you mean 'waba-br'?")
  }

  @Test("with several WABAs, a flow that is not outbound and names none gets a warning")
  func warning() {
    let result = load(
      Self.twoWABAs(
        """
        flows:
          - { id: ctwa, name: Ads, kind: click_to_whatsapp, monthly_conversations: 10 }
          - { id: promo, name: Promo, kind: campaign }
        """))
    #expect(result.evaluated != nil)
    #expect(
      rendered(result) == [
        "inv.yaml:8:5: warning: flow 'ctwa' names no waba, and the programme has 2 WABAs: its BSP"
          + " is not assessed [inventory.flow-without-waba]"
      ])
    #expect(
      result.diagnostics.first?.hint
        == "add 'waba:' with the id of the WABA that receives it (waba-br, waba-pix)")
  }

  @Test("with one WABA, a flow without waba needs nothing")
  func oneWABA() {
    let result = load(
      inventory("flows: [{ id: f, name: F, kind: inbound_service }]").replacingOccurrences(
        of: "name: Test", with: "name: Test\n  wabas: [{ id: only, bsp: Zenvia }]"))
    #expect(result.diagnostics.isEmpty, "\(rendered(result))")
  }
}

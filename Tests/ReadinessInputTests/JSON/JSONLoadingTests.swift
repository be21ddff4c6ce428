import ReadinessCore
import ReadinessInput
import Testing

@Suite("Loading JSON inventories")
struct JSONLoadingTests {
  @Test("sections load from JSON with the same schema")
  func sections() throws {
    let text = """
      {
        "version": 1,
        "programme": { "name": "Acme \\u00e9\\ud83d\\ude00", "as_of": "2026-03-01", "wabas": [{ "id": "w1", "bsp_bsuid_enabled": true }] },
        "systems": [{ "id": "crm", "name": "CRM", "kind": "crm", "needs_bsuid": false }],
        "flows": [{ "id": "f", "name": "F", "kind": "click_to_whatsapp", "systems": ["crm"], "monthly_conversations": 1e3, "first_contact_share": 0.25 }],
        "usernames": [{ "handle": "acme", "status": "claimed" }],
        "tasks": [{ "id": "t", "title": "T", "phase": "testing", "duration": 3, "progress": 12.5 }]
      }
      """
    let inv = try #require(load(text, as: "inv.json").evaluated?.inventory)
    #expect(inv.programme.name == "Acme é😀")
    #expect(inv.programme.wabas[0].bspBSUIDEnabled == true)
    #expect(inv.systems[0].needsBSUID == NeedsBSUID.no)
    #expect(inv.flows[0].monthlyConversations == 1000)
    #expect(inv.tasks[0].progress == 12.5)
    #expect(inv.tasks[0].status == .inProgress)
  }

  @Test("an integer key takes any integral number, as the JSON Schema's integer does: 1.0, 1e3, -0")
  func integralNumbers() throws {
    let text = """
      {"version": 1.0, "programme": {"name": "A"},
       "flows": [{"id": "f", "name": "F", "kind": "campaign", "monthly_conversations": 1e3}],
       "tasks": [{"id": "t", "title": "T", "phase": "testing", "duration": 2.0},
                 {"id": "u", "title": "U", "phase": "testing", "duration": -0}]}
      """
    let inv = try #require(load(text, as: "inv.json").evaluated?.inventory)
    #expect(inv.flows[0].monthlyConversations == 1000)
    #expect(inv.tasks.map(\.duration) == [2, 0])
    let fraction = load(text.replacingOccurrences(of: "2.0", with: "2.5"), as: "inv.json")
    #expect(
      rendered(fraction) == [
        "inv.json:3:70: error: 'duration' expects a whole number, found '2.5' [inventory.wrong-type]"
      ])
  }

  @Test("a JSON syntax error is reported at the exact position")
  func syntax() {
    let result = load(
      "{\n  \"version\": 1,\n  \"programme\": { \"name\": \"A\" }\n  \"systems\": []\n}",
      as: "inv.json")
    #expect(
      rendered(result) == [
        "inv.json:4:3: error: JSON syntax: expected ',' or '}' after a value in an object [inventory.syntax]"
      ])
    let trailing = load("{\"version\": 1,}", as: "inv.json")
    #expect(trailing.diagnostics.first?.location?.description == "inv.json:1:15")
    let unterminated = load("{\"version\": \"1", as: "inv.json")
    #expect(unterminated.diagnostics.first?.message == "JSON syntax: unterminated string")
  }

  @Test("columns after a plain string count its characters, not its bytes, as after an escaped one")
  func columnsAfterStrings() {
    let plain = load("{\"programme\": {\"name\": \"é🙂ab\" \"x\"}}", as: "inv.json")
    #expect(plain.diagnostics.first?.location?.description == "inv.json:1:31")
    let escaped = load("{\"programme\": {\"name\": \"\\u00e9🙂ab\" \"x\"}}", as: "inv.json")
    #expect(escaped.diagnostics.first?.location?.description == "inv.json:1:36")
    let control = load("{\"version\": \"a\u{01}\"}", as: "inv.json")
    #expect(control.diagnostics.first?.location?.description == "inv.json:1:15")
  }

  @Test("a duplicate JSON key is an error at the repeat")
  func duplicateKey() {
    let result = load(
      "{\"version\": 1, \"programme\": {\"name\": \"A\", \"name\": \"B\"}}", as: "inv.json")
    #expect(
      rendered(result) == [
        "inv.json:1:43: error: duplicate key 'name' in an object [inventory.duplicate-key]"
      ])
  }

  @Test("a quoted number is not a number")
  func quotedNumber() {
    let result = load("{\"version\": \"1\", \"programme\": {\"name\": \"A\"}}", as: "inv.json")
    #expect(result.diagnostics.map(\.code) == [.wrongType])
  }

  @Test("content starting with { is read as JSON whatever the extension")
  func sniffing() {
    #expect(
      load("{\"version\": 1, \"programme\": {\"name\": \"A\"}}", as: "inventory").evaluated?
        .inventory != nil)
  }

  @Test("deep nesting is refused, not a crash")
  func deepNesting() {
    let text = "{\"version\": " + String(repeating: "[", count: 10_000)
    #expect(
      load(text, as: "inv.json").diagnostics.first?.message.contains("nested more than") == true)
  }
}

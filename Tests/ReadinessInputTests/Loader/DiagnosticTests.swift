import ReadinessCore
import ReadinessInput
import Testing

@Suite("Inventory diagnostics: kind, message and exact position")
struct DiagnosticTests {
  func check(_ body: String, _ expected: [String]) {
    #expect(rendered(load(inventory(body))) == expected)
  }

  @Test("an unknown key is reported with a did-you-mean hint")
  func unknownKey() {
    let result = load(
      inventory("flows:\n  - { id: f, name: F, kind: bot_journey, primary_identifer: phone }"))
    #expect(
      rendered(result) == [
        "inv.yaml:5:42: error: unknown key 'primary_identifer' in a flow [inventory.unknown-key]"
      ])
    #expect(result.diagnostics.first?.hint == "did you mean 'primary_identifier'?")
  }

  @Test("a wrong enum value lists the allowed ones")
  func badEnum() {
    let result = load(inventory("systems:\n  - id: s\n    name: S\n    kind: crn"))
    #expect(
      rendered(result) == ["inv.yaml:7:11: error: invalid kind 'crn' [inventory.invalid-enum]"])
    #expect(result.diagnostics.first?.hint == "did you mean 'crm'?")
    let far = load(inventory("systems:\n  - { id: s, name: S, kind: spreadsheet }"))
    #expect(
      far.diagnostics.first?.hint?.hasPrefix("expected one of: crm, chatbot, automation") == true)
  }

  @Test("a wrong enum value inside a list names the list in a readable sentence")
  func badEnumInList() {
    check(
      "flows:\n  - { id: f, name: F, kind: crm_lookup, needs_phone_for: [phone] }",
      [
        "inv.yaml:5:59: error: an item of 'needs_phone_for' is invalid: 'phone' [inventory.invalid-enum]"
      ])
  }

  @Test("a wrong type says what was expected and what was found")
  func wrongType() {
    check(
      "flows:\n  - { id: f, name: F, kind: campaign, monthly_conversations: [1, 2] }",
      [
        "inv.yaml:5:62: error: 'monthly_conversations' expects a whole number, found a list [inventory.wrong-type]"
      ])
  }

  @Test(
    "a currency that is not a three-letter ISO 4217 code is an error; lower case is upper-cased")
  func currency() throws {
    check(
      "flows:\n  - { id: f, name: F, kind: campaign, monthly_ad_spend: { amount: 5, currency: € } }",
      [
        "inv.yaml:5:80: error: currency '€' is not a three-letter ISO 4217 code [inventory.invalid-currency]"
      ])
    let result = load(
      inventory(
        "flows:\n  - { id: f, name: F, kind: campaign, monthly_ad_spend: { amount: 5, currency: eur } }"
      ))
    #expect(result.evaluated?.inventory.flows.first?.monthlyAdSpend?.currency == "EUR")
  }

  @Test("an impossible date is an error")
  func badDate() {
    check(
      "tasks:\n  - { id: t, title: T, phase: planning, end: 2026-02-30 }",
      ["inv.yaml:5:46: error: 'end' is not a real date: 2026-02-30 [inventory.invalid-date]"])
  }

  @Test("shares, progress and amounts out of range are errors")
  func outOfRange() {
    check(
      """
      flows:
        - { id: f, name: F, kind: campaign, first_contact_share: 1.5, monthly_ad_spend: { amount: -1, currency: EUR } }
      tasks:
        - { id: t, title: T, phase: planning, duration: 1, progress: 120 }
      """,
      [
        "inv.yaml:5:60: error: 'first_contact_share' must be between 0 and 1, found 1.5 [inventory.out-of-range]",
        "inv.yaml:5:93: error: 'amount' must be between 0 and 1000000000000000, found -1 [inventory.out-of-range]",
        "inv.yaml:7:64: error: 'progress' must be between 0 and 100, found 120 [inventory.out-of-range]",
      ])
  }

  @Test("red_tolerance must not be negative, and a misspelling gets a hint")
  func redTolerance() {
    check(
      "  red_tolerance: -5",
      [
        "inv.yaml:4:18: error: 'red_tolerance' must be between 0 and 100, found -5 [inventory.out-of-range]"
      ])
    let misspelt = load(inventory("  red_tolerence: 30"))
    #expect(
      rendered(misspelt)
        == [
          "inv.yaml:4:3: error: unknown key 'red_tolerence' in a programme [inventory.unknown-key]"
        ])
    #expect(misspelt.diagnostics.first?.hint == "did you mean 'red_tolerance'?")
  }

  @Test("a missing required key is reported at its mapping")
  func missingKey() {
    check(
      "systems:\n  - { id: s, kind: crm }",
      ["inv.yaml:5:5: error: a system needs 'name' [inventory.missing-key]"])
  }

  @Test("version must be 1")
  func version() {
    let result = load("version: 2\nprogramme: { name: A }\n")
    #expect(
      rendered(result) == [
        "inv.yaml:1:10: error: 'version' must be exactly 1, found 2 [inventory.unsupported-version]"
      ])
  }

  @Test("an id with a space is invalid")
  func invalidID() {
    check(
      "risks: [{ id: my risk, title: R, severity: low }]",
      ["inv.yaml:4:15: error: 'id' is not a valid id: 'my risk' [inventory.invalid-id]"])
  }

  @Test("duplicate ids are reported at the repeat, per section")
  func duplicateIDs() {
    check(
      """
      systems:
        - { id: crm, name: A, kind: crm }
        - { id: crm, name: B, kind: crm }
      usernames: [{ handle: acme }, { handle: acme }]
      """,
      [
        "inv.yaml:6:11: error: duplicate system id 'crm' [inventory.duplicate-id]",
        "inv.yaml:7:41: error: duplicate username handle 'acme' [inventory.duplicate-id]",
      ])
  }

  @Test("references to unknown systems, tasks, WABAs and checklist items are errors")
  func unknownReferences() {
    check(
      """
      flows: [{ id: f, name: F, kind: campaign, systems: [crn] }]
      tasks: [{ id: t, title: T, phase: planning, duration: 1, depends_on: [x], covers: [R-X1] }]
      attestations: { R-Z9: { status: done } }
      """,
      [
        "inv.yaml:4:53: error: unknown system 'crn' [inventory.unknown-reference]",
        "inv.yaml:5:71: error: unknown task or milestone 'x' [inventory.unknown-reference]",
        "inv.yaml:5:84: error: an item of 'covers' names no checklist item: 'R-X1' [inventory.unknown-reference]",
        "inv.yaml:6:17: error: a key of 'attestations' names no checklist item: 'R-Z9' [inventory.unknown-reference]",
      ])
  }

  @Test("a dependency cycle is named")
  func cycle() {
    check(
      """
      tasks:
        - { id: a, title: A, phase: planning, duration: 1, depends_on: [c] }
        - { id: b, title: B, phase: planning, duration: 1, depends_on: [a] }
        - { id: c, title: C, phase: planning, duration: 1, depends_on: [b] }
      """,
      [
        "inv.yaml:5:66: error: tasks depend on each other in a cycle: a → c → b → a [inventory.dependency-cycle]"
      ])
  }

  @Test("tasks need end or duration (not both), and start on or before end")
  func taskDates() {
    check(
      """
      tasks:
        - { id: a, title: A, phase: planning, end: 2026-02-01, duration: 3 }
        - { id: b, title: B, phase: planning }
        - { id: c, title: C, phase: planning, start: 2026-03-01, end: 2026-02-01 }
      """,
      [
        "inv.yaml:5:68: error: task 'a' gives both end and duration [inventory.task-end-and-duration]",
        "inv.yaml:6:5: error: task 'b' gives neither end nor duration [inventory.task-without-end]",
        "inv.yaml:7:48: error: task 'c' starts (2026-03-01) after it ends (2026-02-01) [inventory.task-start-after-end]",
      ])
  }

  @Test(
    "warnings: CTWA flow without volumes, handle breaking Meta's rules; the inventory stays valid")
  func warnings() {
    let result = load(
      inventory(
        """
        flows: [{ id: f, name: F, kind: click_to_whatsapp }]
        usernames: [{ handle: acme.com, alternates: [www_acme] }]
        """))
    #expect(result.evaluated != nil)
    #expect(
      rendered(result) == [
        "inv.yaml:4:33: warning: click-to-WhatsApp flow 'f' has no monthly_conversations [inventory.ctwa-without-conversations]",
        "inv.yaml:5:23: warning: username 'acme.com' breaks Meta's handle rules: it must not end in a domain ('.com') [inventory.username-format]",
        "inv.yaml:5:46: warning: username 'www_acme' breaks Meta's handle rules: it must not start with 'www' [inventory.username-format]",
      ])
  }

  @Test("every problem is collected, not just the first")
  func collectsAll() {
    let result = load(
      inventory(
        """
        systems:
          - { id: a, name: A, kind: nope }
          - { id: b, name: B, kind: crm, colour: red }
        tasks: [{ id: t, title: T, phase: later, duration: x }]
        """))
    #expect(result.evaluated == nil)
    #expect(result.diagnostics.count == 4)
  }
}

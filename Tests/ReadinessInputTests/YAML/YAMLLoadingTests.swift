import ReadinessCore
import ReadinessInput
import Testing

@Suite("Loading YAML inventories")
struct YAMLLoadingTests {
  @Test("every section of the format reference loads from YAML")
  func everySection() throws {
    let text = """
      version: 1
      programme:
        name: Acme
        organisation: Acme Telecom
        start: 2026-01-12
        as_of: 2026-11-25
        phases: { planning: { start: 2026-01-12, end: 2026-03-31 } }
        milestones: [{ id: board, title: Board, date: 2026-09-15 }]
        stakeholders: [{ team: IT, owner: Dana, committed: yes }]
        wabas:
          - { id: w1, business_portfolio: bp1, bsp_bsuid_enabled: on, shares_user_ids_with: [w2], migration_date: 2027-02-15, new_portfolio: no }
          - { id: w2, parent_bsuid: true }
        scenarios: { username_adoption: [0.1, 0.3] }
        tolerance: 10
        red_tolerance: 25
        weights: { implementation: 2 }
        item_weights: { R-I1: 2.5 }
      systems:
        - { id: crm, name: CRM, kind: crm, stores: [phone, bsuid], needs_bsuid: true, bsuid_field: done, dedupe_key: phone_then_bsuid, consumes_webhooks: true, bsuid_send_field: recipient }
      flows:
        - { id: f1, name: Ads, kind: click_to_whatsapp, systems: [crm], primary_identifier: bsuid, needs_phone_for: [authentication], phone_request: native_flow, phone_request_validated: true, monthly_conversations: 100, monthly_ad_spend: { amount: 20.5, currency: EUR }, first_contact_share: 0.5, waba: w1 }
      usernames:
        - { handle: acme, sources: [instagram], verified_badge: yes, status: claimed, claimed_on: 2026-07-02, target: 2026-06-05, alternates: [acme.help] }
      tasks:
        - { id: t1, title: One, phase: planning, start: 2026-01-12, end: 2026-01-20, status: done }
        - { id: t2, title: Two, phase: testing, duration: 5, depends_on: [t1], progress: 50, covers: [R-T1] }
        - { id: gate, title: Gate, phase: testing, milestone: true, depends_on: [t2] }
      attestations:
        R-P4: { status: done, by: Li, on: 2026-02-01, evidence: "https://x" }
      risks:
        - { id: r1, title: Slip, severity: high, status: closed, action: Escalate }
      decisions:
        - { id: d1, title: Key on BSUID, date: 2026-02-10 }
      """
    let result = load(text)
    #expect(rendered(result) == [])
    let inv = try #require(result.evaluated?.inventory)
    #expect(inv.programme.asOf?.iso == "2026-11-25")
    #expect(inv.programme.phases[.planning]?.end?.iso == "2026-03-31")
    #expect(inv.programme.stakeholders.first?.committed == true)
    #expect(inv.programme.wabas.first?.bspBSUIDEnabled == true)
    #expect(inv.programme.wabas.first?.newPortfolio == NewPortfolio.no)
    #expect(inv.programme.usernameAdoption == [0.1, 0.3])
    #expect(inv.programme.tolerance == 10 && inv.programme.redTolerance == 25)
    #expect(inv.programme.weights[.implementation] == 2)
    #expect(inv.programme.itemWeights[.rI1] == 2.5)
    #expect(inv.systems.first?.needsBSUID == NeedsBSUID.yes)
    #expect(inv.systems.first?.dedupeKey == .phoneThenBSUID)
    #expect(inv.flows.first?.monthlyAdSpend == Money(amount: 20.5, currency: "EUR"))
    #expect(inv.flows.first?.phoneRequest == .nativeFlow)
    #expect(inv.flows.first?.waba == "w1")
    #expect(inv.usernames.first?.verifiedBadge == true)
    #expect(inv.usernames.first?.claimedOn?.iso == "2026-07-02")
    #expect(inv.tasks.map(\.progress) == [100, 50, 0])
    #expect(inv.tasks.map(\.status) == [.done, .inProgress, .notStarted])
    #expect(inv.attestations.first?.item == .rP4)
    #expect(inv.risks.first?.state == .closed)
    #expect(inv.decisions.first?.date?.iso == "2026-02-10")
  }

  @Test("defaults: phone_request undecided, primary_identifier unknown, needs_bsuid unassessed")
  func defaults() throws {
    let result = load(
      inventory(
        """
        systems: [{ id: s, name: S, kind: other }]
        flows: [{ id: f, name: F, kind: inbound_service }]
        tasks: [{ id: t, title: T, phase: planning, duration: 3, progress: 100 }]
        """))
    let inv = try #require(result.evaluated?.inventory)
    #expect(inv.systems[0].needsBSUID == .unassessed)
    #expect(inv.flows[0].phoneRequest == .undecided)
    #expect(inv.flows[0].primaryIdentifier == .unknown)
    #expect(inv.tasks[0].status == .done)
  }

  @Test(
    "YAML 1.1 pitfalls: strings keep the raw scalar, yes/no/on/off are booleans where one is expected"
  )
  func yaml11() throws {
    let result = load(
      inventory(
        """
        usernames:
          - { handle: no, alternates: [012345, on, 1.10], verified_badge: Off }
        systems: [{ id: 012, name: 2026-01-01, kind: crm, needs_bsuid: No, consumes_webhooks: YES }]
        """))
    let inv = try #require(result.evaluated?.inventory, "\(rendered(result))")
    #expect(inv.usernames[0].handle == "no")
    #expect(inv.usernames[0].alternates == ["012345", "on", "1.10"])
    #expect(inv.usernames[0].verifiedBadge == false)
    #expect(inv.systems[0].id == "012")
    #expect(inv.systems[0].name == "2026-01-01")
    #expect(inv.systems[0].needsBSUID == NeedsBSUID.no)
    #expect(inv.systems[0].consumesWebhooks == true)
  }

  @Test("merge keys share defaults: explicit keys win, then the first merged source")
  func mergeKeys() throws {
    let result = load(
      inventory(
        """
        systems:
          - &crm { id: a, name: A, kind: crm, owner: Dana, needs_bsuid: yes }
          - &bot { id: b, name: B, kind: chatbot, owner: Li, team: CX }
          - <<: [*crm, *bot]
            id: c
            name: C
        """))
    #expect(rendered(result).isEmpty)
    let merged = try #require(result.evaluated?.inventory.systems.last)
    #expect(merged.id == "c" && merged.name == "C" && merged.kind == .crm)
    #expect(merged.owner == "Dana" && merged.team == "CX" && merged.needsBSUID == .yes)
  }

  @Test("a merge key whose value is not a mapping is an unknown key, not silently dropped")
  func mergeKeyScalar() {
    let result = load(inventory("systems:\n  - { <<: oops, id: a, name: A, kind: crm }"))
    #expect(
      rendered(result) == [
        "inv.yaml:5:7: error: unknown key '<<' in a system [inventory.unknown-key]"
      ])
    #expect(result.diagnostics.first?.hint?.hasPrefix("did you mean") == false)
  }

  @Test("an alias bomb is refused instead of expanding")
  func aliasBomb() {
    var lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for level in 1...9 {
      let refs = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
      lines.append("a\(level): &a\(level) [\(refs)]")
    }
    let result = load(lines.joined(separator: "\n"))
    #expect(result.diagnostics.map(\.code) == [.tooLarge])
  }

  @Test("a YAML syntax error names its line and column")
  func syntaxError() {
    let result = load("version: 1\nprogramme:\n  name: A\n   b: 2\n")
    #expect(result.diagnostics.first?.code == .syntax)
    #expect(result.diagnostics.first?.location?.description == "inv.yaml:4:5")
  }

  @Test("a duplicate YAML key is an error at its second occurrence")
  func duplicateKey() {
    let result = load("version: 1\nprogramme:\n  name: A\n  start: 2026-01-01\n  name: B\n")
    #expect(
      rendered(result) == [
        "inv.yaml:5:3: error: duplicate key 'name' in a mapping [inventory.duplicate-key]"
      ])
  }

  @Test("an empty document is an error")
  func empty() {
    #expect(load("# nothing\n").diagnostics.map(\.code) == [.empty])
  }
}

import Testing

@testable import ReadinessCore

@Suite("The chain: a flow's S-C outcome is capped by its webhook consumers and its BSP")
struct FlowChainTests {
  /// A webhook consumer with `handles_missing_phone` as given (nil = left out).
  static func consumer(_ id: String, handles: Bool?) -> BusinessSystem {
    system(id, .chatbot) {
      $0.consumesWebhooks = true
      $0.handlesMissingPhone = handles
    }
  }

  /// A WABA on a BSP with `bsp_bsuid_enabled` as given (nil = left out).
  static func onBSP(_ id: String, enabled: Bool?) -> WABA {
    waba(id, portfolio: "bp") {
      $0.bsp = "Zenvia"
      $0.bspBSUIDEnabled = enabled
    }
  }

  static func stateC(_ flow: MessageFlow, systems: [BusinessSystem] = [], wabas: [WABA] = [])
    -> FlowStates
  {
    IdentityMatrix.rows(
      for: inventory {
        $0.flows = [flow]
        $0.systems = systems
        $0.programme.wabas = wabas
      })[0]
  }

  @Test("a webhook consumer that drops phone-less payloads breaks a flow keyed on the BSUID")
  func systemBreaks() {
    let row = Self.stateC(
      flow("ctwa", .clickToWhatsApp, keyedOn: .phoneThenBSUID) { $0.systems = ["bot"] },
      systems: [Self.consumer("bot", handles: false)])
    #expect(row.outcomes[.c] == .breaks && row.outcomes[.a] == .works)
    #expect(row.reason == "system 'System bot' drops payloads without a phone number")
  }

  @Test("a consumer whose handles_missing_phone is left out makes the flow unknown, not breaking")
  func systemUnknown() {
    let row = Self.stateC(
      flow("f", keyedOn: .bsuid) { $0.systems = ["bot"] },
      systems: [Self.consumer("bot", handles: nil)])
    #expect(row.outcomes[.c] == .unknown)
    #expect(row.reason.contains("handles_missing_phone not assessed"))
  }

  @Test("systems that handle a missing phone, or consume no webhooks, do not cap the flow")
  func harmlessSystems() {
    let row = Self.stateC(
      flow("f", keyedOn: .bsuid) { $0.systems = ["ok", "crm"] },
      systems: [
        Self.consumer("ok", handles: true),
        system("crm") { $0.handlesMissingPhone = false },
      ])
    #expect(row.outcomes[.c] == .works && row.reason == "keys on the BSUID")
  }

  @Test("the only WABA's BSP without pass-through breaks a flow that names no waba")
  func onlyWABA() {
    let row = Self.stateC(
      flow("f", keyedOn: .bsuid), wabas: [Self.onBSP("w", enabled: false)])
    #expect(row.outcomes[.c] == .breaks)
    #expect(
      row.reason
        == "the BSP (Zenvia, WABA w) drops phone-less messages until BSUID pass-through is on")
  }

  @Test("with several WABAs the named one decides; naming none leaves the BSP out")
  func namedWABA() {
    let wabas = [Self.onBSP("off", enabled: false), Self.onBSP("on", enabled: true)]
    #expect(
      Self.stateC(flow("f", keyedOn: .bsuid) { $0.waba = "on" }, wabas: wabas).outcomes[.c]
        == .works)
    #expect(
      Self.stateC(flow("f", keyedOn: .bsuid) { $0.waba = "off" }, wabas: wabas).outcomes[.c]
        == .breaks)
    #expect(Self.stateC(flow("f", keyedOn: .bsuid), wabas: wabas).outcomes[.c] == .works)
  }

  @Test("pass-through left out is unknown; a WABA with no BSP is not a link")
  func bspUnknownOrAbsent() {
    let unknown = Self.stateC(flow("f", keyedOn: .bsuid), wabas: [Self.onBSP("w", enabled: nil)])
    #expect(unknown.outcomes[.c] == .unknown)
    #expect(unknown.reason == "the BSP (Zenvia, WABA w): bsp_bsuid_enabled not assessed")
    let direct = Self.stateC(
      flow("f", keyedOn: .bsuid), wabas: [waba("w", portfolio: "bp") { $0.bspBSUIDEnabled = false }]
    )
    #expect(direct.outcomes[.c] == .works)
  }

  @Test("the worst link wins (breaks, unknown, degraded, works) and the reason names each at it")
  func worstWins() {
    let degradedFlow = flow("f", .botJourney, keyedOn: .bsuid) {
      $0.needsPhoneFor = [.crmLookup]
      $0.systems = ["maybe"]
    }
    let unknown = Self.stateC(degradedFlow, systems: [Self.consumer("maybe", handles: nil)])
    #expect(unknown.outcomes[.c] == .unknown)
    let both = Self.stateC(
      flow("f", .clickToWhatsApp, keyedOn: .phone) { $0.systems = ["maybe", "bot"] },
      systems: [Self.consumer("maybe", handles: nil), Self.consumer("bot", handles: false)],
      wabas: [Self.onBSP("w", enabled: false)])
    #expect(both.outcomes[.c] == .breaks)
    let reasons = both.reason.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
    #expect(reasons.count == 3)
    #expect(reasons[0].hasPrefix("keys on the phone number"))
    #expect(reasons[1] == "system 'System bot' drops payloads without a phone number")
    #expect(reasons[2].hasPrefix("the BSP (Zenvia, WABA w)"))
  }

  @Test("lookups are capped too; campaigns and business-initiated flows are not")
  func kinds() {
    let systems = [Self.consumer("bot", handles: false)]
    let lookup = Self.stateC(
      flow("f", .crmLookup, keyedOn: .phone) { $0.systems = ["bot"] }, systems: systems)
    #expect(lookup.outcomes[.c] == .breaks)
    let campaign = Self.stateC(
      flow("f", .campaign, keyedOn: .bsuid) { $0.systems = ["bot"] }, systems: systems)
    #expect(campaign.outcomes.values.allSatisfy { $0 == .unaffected })
  }

  @Test("a lookup broken by the chain counts in exposure and raises operational-silence")
  func exposureAndSilence() throws {
    let result = try assess(
      inventory {
        $0.systems = [Self.consumer("bot", handles: false)]
        $0.programme.wabas = [Self.onBSP("w", enabled: false)]
        $0.programme.usernameAdoption = [0.5]
        $0.flows = [
          flow("lookup", .crmLookup, keyedOn: .bsuid) {
            $0.systems = ["bot"]
            $0.monthlyConversations = 100
            $0.firstContactShare = 0.4
          },
          flow("login", .authentication, keyedOn: .bsuid) { $0.monthlyConversations = 1000 },
        ]
      })
    // 100 × 0.5 × 0.4 = 20; the authentication flow breaks too, but it is outbound.
    #expect(result.exposure.flows.map(\.flowID) == ["lookup"])
    #expect(result.exposure.scenarios.map(\.conversations) == [20])
    let silence = try #require(result.risk("operational-silence:lookup"))
    #expect(silence.severity == .high)
    #expect(
      silence.action
        == "Make 'System bot' accept webhook payloads without a phone number; have Zenvia turn on"
        + " BSUID pass-through for WABA w; test it end to end")
    #expect(result.risk("operational-silence:login") == nil)
  }
}

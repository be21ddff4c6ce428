import Testing

@testable import ReadinessCore

@Suite("Identity-state matrix")
struct IdentityMatrixTests {
  static func outcomes(_ flow: MessageFlow) -> [Outcome?] {
    let row = IdentityMatrix.rows(for: inventory { $0.flows = [flow] })[0]
    return [row.outcomes[.a], row.outcomes[.b], row.outcomes[.c]]
  }

  static func needsPhone(_ request: PhoneRequest, validated: Bool) -> (inout MessageFlow) -> Void {
    {
      $0.needsPhoneFor = [.crmLookup]
      $0.phoneRequest = request
      $0.phoneRequestValidated = validated
    }
  }

  @Test(
    "outbound kinds are unaffected in every state",
    arguments: [
      FlowKind.authentication, .businessInitiated, .campaign,
    ])
  func outbound(kind: FlowKind) {
    #expect(
      Self.outcomes(flow("f", kind, keyedOn: .phone)) == [.unaffected, .unaffected, .unaffected])
  }

  @Test(
    "inbound keyed on the phone works in S-A and S-B and breaks in S-C",
    arguments: [
      FlowKind.clickToWhatsApp, .inboundService, .botJourney,
    ])
  func inboundPhone(kind: FlowKind) {
    #expect(Self.outcomes(flow("f", kind, keyedOn: .phone)) == [.works, .works, .breaks])
  }

  @Test("inbound with an unknown identifier is unknown in S-C, even with a validated request")
  func inboundUnknown() {
    #expect(Self.outcomes(flow("f")) == [.works, .works, .unknown])
    let asked = flow("f", .inboundService, Self.needsPhone(.prompt, validated: true))
    #expect(Self.outcomes(asked)[2] == .unknown)
  }

  @Test(
    "inbound keyed on the BSUID works, degraded when it needs a phone without validated request")
  func inboundBSUID() {
    #expect(Self.outcomes(flow("f", .botJourney, keyedOn: .bsuid))[2] == .works)
    #expect(Self.outcomes(flow("f", .botJourney, keyedOn: .phoneThenBSUID))[2] == .works)
    let unvalidated = flow(
      "f", .botJourney, keyedOn: .phoneThenBSUID, Self.needsPhone(.prompt, validated: false))
    #expect(Self.outcomes(unvalidated)[2] == .degraded)
    let noRequest = flow("f", .botJourney, keyedOn: .bsuid, Self.needsPhone(.none, validated: true))
    #expect(Self.outcomes(noRequest)[2] == .degraded)
    let validated = flow(
      "f", .botJourney, keyedOn: .bsuid, Self.needsPhone(.nativeFlow, validated: true))
    #expect(Self.outcomes(validated)[2] == .works)
  }

  @Test(
    "crm_lookup and identity_verification by phone are degraded in S-C unless a validated request exists",
    arguments: [FlowKind.crmLookup, .identityVerification])
  func lookupPhone(kind: FlowKind) {
    #expect(Self.outcomes(flow("f", kind, keyedOn: .phone)) == [.works, .works, .degraded])
    let asked = flow("f", kind, keyedOn: .phone, Self.needsPhone(.prompt, validated: true))
    #expect(Self.outcomes(asked)[2] == .works)
    let unvalidated = flow("f", kind, keyedOn: .phone, Self.needsPhone(.prompt, validated: false))
    #expect(Self.outcomes(unvalidated)[2] == .degraded)
  }

  @Test("crm_lookup with an unknown identifier stays unknown, works with a validated request")
  func lookupUnknown() {
    #expect(Self.outcomes(flow("f", .crmLookup))[2] == .unknown)
    #expect(
      Self.outcomes(flow("f", .crmLookup, Self.needsPhone(.nativeFlow, validated: true)))[2]
        == .works)
  }

  @Test(
    "crm_lookup keyed on the BSUID works, degraded when it needs a phone without validated request")
  func lookupBSUID() {
    #expect(Self.outcomes(flow("f", .identityVerification, keyedOn: .bsuid))[2] == .works)
    let unvalidated = flow(
      "f", .crmLookup, keyedOn: .phoneThenBSUID, Self.needsPhone(.undecided, validated: false))
    #expect(Self.outcomes(unvalidated)[2] == .degraded)
  }

  @Test("matrix rows keep inventory order, with owner and an S-C reason")
  func rowsInOrder() throws {
    let result = try assess(
      inventory {
        $0.flows = [flow("z", .campaign), flow("a", .clickToWhatsApp, keyedOn: .phone)]
      })
    #expect(result.flows.map(\.id) == ["z", "a"])
    #expect(result.flow("a")?.owner == "owner-a")
    #expect(result.flow("a")?.reason.contains("lost silently") == true)
  }
}

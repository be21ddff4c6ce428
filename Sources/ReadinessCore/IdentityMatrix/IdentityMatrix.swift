/// Evaluates every flow under the three user states: S-A no username, S-B username with a
/// recent interaction, S-C username only (the business receives the BSUID alone).
enum IdentityMatrix {
  /// One row per flow, in inventory order.
  static func rows(for inventory: Inventory) -> [FlowStates] {
    let chain = FlowChain(inventory)
    return inventory.flows.map { flow in
      let (early, stateC, reason) = outcomes(flow, chain: chain)
      return FlowStates(
        id: flow.id, name: flow.name, kind: flow.kind, primaryIdentifier: flow.primaryIdentifier,
        owner: flow.owner, outcomes: [.a: early, .b: early, .c: stateC], reason: reason)
    }
  }

  /// The outcome in S-A and S-B, the outcome in S-C, and why (S-C).
  static func outcomes(_ flow: MessageFlow, chain: FlowChain) -> (Outcome, Outcome, String) {
    if flow.kind == .authentication { return authentication(flow) }
    if flow.kind.isOutbound {
      return (
        .unaffected, .unaffected, "outbound: templates and messages still go to phone numbers"
      )
    }
    let (stateC, reason) = chain.cap(stateC(flow), of: flow)
    return (.works, stateC, reason)
  }

  /// Authentication templates cannot be sent to a BSUID (error 131062): keyed on the BSUID the
  /// flow breaks in every state; falling back to it breaks in S-C unless a validated phone
  /// request brings the number.
  static func authentication(_ flow: MessageFlow) -> (Outcome, Outcome, String) {
    switch flow.primaryIdentifier {
    case .bsuid:
      return (
        .breaks, .breaks,
        "sends authentication templates to the BSUID, which cannot receive them (error 131062)"
      )
    case .phoneThenBSUID where flow.hasValidatedPhoneRequest:
      return (
        .unaffected, .works,
        "asks for the phone number with a validated request and sends the code to it"
      )
    case .phoneThenBSUID:
      return (
        .unaffected, .breaks,
        "falls back to the BSUID, which cannot receive authentication templates (error 131062)"
      )
    case .phone, .unknown:
      return (
        .unaffected, .unaffected, "outbound: authentication templates still go to phone numbers"
      )
    }
  }

  /// The S-C outcome of a flow that is not outbound from its own logic alone, and why.
  static func stateC(_ flow: MessageFlow) -> (Outcome, String) {
    let keyedOnBSUID = flow.primaryIdentifier == .bsuid || flow.primaryIdentifier == .phoneThenBSUID
    if keyedOnBSUID {
      if flow.needsPhone && !flow.hasValidatedPhoneRequest {
        return (.degraded, "keys on the BSUID but needs a phone with no validated request")
      }
      return (.works, "keys on the BSUID")
    }
    if flow.kind.isInbound {
      if flow.primaryIdentifier == .phone {
        return (.breaks, "keys on the phone number, absent in S-C: conversations are lost silently")
      }
      return (.unknown, "primary_identifier not audited")
    }
    // crm_lookup and identity_verification keyed on the phone or not audited.
    if flow.hasValidatedPhoneRequest {
      return (.works, "asks the user for the phone number with a validated request")
    }
    if flow.primaryIdentifier == .phone {
      return (.degraded, "looks up by phone number with no validated phone request")
    }
    return (.unknown, "primary_identifier not audited")
  }
}

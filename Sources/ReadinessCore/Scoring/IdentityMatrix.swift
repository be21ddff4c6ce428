/// Evaluates every flow under the three user states of SPEC §4.3.
enum IdentityMatrix {
  /// One row per flow, in inventory order.
  static func rows(for flows: [MessageFlow]) -> [FlowStates] {
    flows.map { flow in
      let (stateC, reason) = stateC(flow)
      let early: Outcome = flow.kind.isOutbound ? .unaffected : .works
      return FlowStates(
        id: flow.id, name: flow.name, kind: flow.kind, primaryIdentifier: flow.primaryIdentifier,
        owner: flow.owner, outcomes: [.a: early, .b: early, .c: stateC], reason: reason)
    }
  }

  /// The S-C outcome (username, no interaction in 30 days: BSUID only) and why.
  static func stateC(_ flow: MessageFlow) -> (Outcome, String) {
    if flow.kind.isOutbound {
      return (.unaffected, "outbound: templates and messages still go to phone numbers")
    }
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

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
  static func outcomes(_ flow: MessageFlow, chain: FlowChain) -> (Outcome, Outcome, Message) {
    if flow.kind == .authentication { return authentication(flow) }
    if flow.kind.isOutbound {
      return (
        .unaffected, .unaffected, Message(IdentityMessages.outbound)
      )
    }
    let (stateC, reason) = chain.cap(stateC(flow), of: flow)
    return (.works, stateC, reason)
  }

  /// Authentication templates cannot be sent to a BSUID (error 131062): keyed on the BSUID the
  /// flow breaks in every state; falling back to it breaks in S-C unless a validated phone
  /// request brings the number.
  static func authentication(_ flow: MessageFlow) -> (Outcome, Outcome, Message) {
    switch flow.primaryIdentifier {
    case .bsuid:
      return (
        .breaks, .breaks,
        Message(IdentityMessages.authBSUID)
      )
    case .phoneThenBSUID where flow.hasValidatedPhoneRequest:
      return (
        .unaffected, .works,
        Message(IdentityMessages.authValidated)
      )
    case .phoneThenBSUID:
      return (
        .unaffected, .breaks,
        Message(IdentityMessages.authFallback)
      )
    case .phone, .unknown:
      return (
        .unaffected, .unaffected, Message(IdentityMessages.authPhone)
      )
    }
  }

  /// The S-C outcome of a flow that is not outbound from its own logic alone, and why.
  static func stateC(_ flow: MessageFlow) -> (Outcome, Message) {
    let keyedOnBSUID = flow.primaryIdentifier == .bsuid || flow.primaryIdentifier == .phoneThenBSUID
    if keyedOnBSUID {
      if flow.needsPhone && !flow.hasValidatedPhoneRequest {
        return (.degraded, Message(IdentityMessages.needsPhone))
      }
      return (.works, Message(IdentityMessages.keysOnBSUID))
    }
    if flow.kind.isInbound {
      if flow.primaryIdentifier == .phone {
        return (.breaks, Message(IdentityMessages.phoneAbsent))
      }
      return (.unknown, Message(IdentityMessages.notAudited))
    }
    // crm_lookup and identity_verification keyed on the phone or not audited.
    if flow.hasValidatedPhoneRequest {
      return (.works, Message(IdentityMessages.asksValidated))
    }
    if flow.primaryIdentifier == .phone {
      return (.degraded, Message(IdentityMessages.looksUpByPhone))
    }
    return (.unknown, Message(IdentityMessages.notAudited))
  }
}

/// The testing items R-T1…R-T3, counted from the inventory.
enum TestingRules {
  /// R-T1: inbound flows tested end to end / inbound flows.
  @Sendable static func endToEndTested(_ context: RuleContext) -> ItemTally {
    var tally = ItemTally()
    for flow in context.inventory.flows where flow.kind.isInbound {
      tally.count(
        flow.e2eTested == true, .flow(flow, PendingReason.flag(flow, \.e2eTested)))
    }
    return tally
  }

  /// R-T2: flows that need a phone with a validated `prompt`/`native_flow` request / flows that
  /// need a phone.
  @Sendable static func phoneRequestValidated(_ context: RuleContext) -> ItemTally {
    var tally = ItemTally()
    for flow in context.inventory.flows where flow.needsPhone {
      let reason =
        flow.phoneRequest.asks
        ? PendingReason.flag(flow, \.phoneRequestValidated)
        : PendingReason.value(flow, \.phoneRequest)
      tally.count(flow.hasValidatedPhoneRequest, .flow(flow, reason))
    }
    return tally
  }

  /// R-T3: usernames with status `claimed` / usernames.
  @Sendable static func usernamesClaimed(_ context: RuleContext) -> ItemTally {
    var tally = ItemTally()
    for claim in context.inventory.usernames {
      tally.count(
        claim.status == .claimed,
        PendingRef(
          kind: .username, ref: claim.handle, name: claim.handle, owner: claim.owner,
          reason: PendingReason.value(claim, \.status)))
    }
    return tally
  }
}

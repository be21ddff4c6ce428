/// The implementation items R-I1…R-I4, counted from the inventory.
enum ImplementationRules {
  /// R-I1: systems that need the BSUID and have the field done / systems that need it.
  @Sendable static func bsuidFieldAdded(_ context: RuleContext) -> ItemTally {
    var tally = ItemTally()
    for system in context.inventory.systems where system.needsBSUID == .yes {
      tally.count(
        system.bsuidField == .done,
        .system(system, PendingReason.value(system, \.bsuidField)))
    }
    return tally
  }

  /// R-I2: chatbots that handle a missing phone plus inbound flows that work in S-C / chatbots
  /// plus inbound flows.
  @Sendable static func worksWithoutPhone(_ context: RuleContext) -> ItemTally {
    var tally = ItemTally()
    for system in context.inventory.systems where system.kind == .chatbot {
      tally.count(
        system.handlesMissingPhone == true,
        .system(system, PendingReason.flag(system, \.handlesMissingPhone)))
    }
    for flow in context.inventory.flows where flow.kind.isInbound {
      let outcome = context.stateCOutcomes[flow.id] ?? .unknown
      let reason = Message(
        PendingMessages.stateC, ["outcome": .word(WordMessages.vocabulary(outcome))])
      tally.count(outcome == .works, .flow(flow, reason))
    }
    return tally
  }

  /// Kinds of system whose workflows R-I3 counts.
  static let workflowKinds: [SystemKind] = [
    .automation, .campaign, .reporting, .measurement, .integration,
  ]

  /// R-I3: workflow systems with `status: done` / workflow systems.
  ///
  /// A system whose status is `not_applicable` leaves the count: someone decided it needs no
  /// change, which is what R-I3 asks for.
  @Sendable static func workflowsUpdated(_ context: RuleContext) -> ItemTally {
    var tally = ItemTally()
    for system in context.inventory.systems
    where workflowKinds.contains(system.kind) && system.status != .notApplicable {
      tally.count(
        system.status == .done, .system(system, PendingReason.value(system, \.status)))
    }
    return tally
  }

  /// R-I4: flows that need a phone and ask for it (`prompt`/`native_flow`) / flows that need one.
  @Sendable static func phoneRequested(_ context: RuleContext) -> ItemTally {
    var tally = ItemTally()
    for flow in context.inventory.flows where flow.needsPhone {
      tally.count(
        flow.phoneRequest.asks, .flow(flow, PendingReason.value(flow, \.phoneRequest))
      )
    }
    return tally
  }
}

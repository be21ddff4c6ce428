import Foundation

/// The planning items R-P1…R-P4, counted from the inventory.
enum PlanningRules {
  /// R-P1: flows whose `primary_identifier` is known / all flows.
  @Sendable static func flowsAudited(_ context: RuleContext) -> ItemTally {
    var tally = ItemTally()
    for flow in context.inventory.flows {
      tally.count(
        flow.primaryIdentifier != .unknown,
        .flow(flow, PendingReason.value(flow, \.primaryIdentifier)))
    }
    return tally
  }

  /// R-P2: systems whose `needs_bsuid` is assessed / all systems.
  @Sendable static func systemsAssessed(_ context: RuleContext) -> ItemTally {
    var tally = ItemTally()
    for system in context.inventory.systems {
      tally.count(
        system.needsBSUID != .unassessed,
        .system(system, PendingReason.value(system, \.needsBSUID)))
    }
    return tally
  }

  /// R-P3: flows that need a phone, or are of a kind that usually does, with a decided
  /// `phone_request` / those flows.
  @Sendable static func phoneRequestsDecided(_ context: RuleContext) -> ItemTally {
    var tally = ItemTally()
    let phoneKinds: [FlowKind] = [.authentication, .crmLookup, .identityVerification]
    for flow in context.inventory.flows where flow.needsPhone || phoneKinds.contains(flow.kind) {
      tally.count(
        flow.phoneRequest != .undecided,
        .flow(flow, PendingReason.value(flow, \.phoneRequest)))
    }
    return tally
  }

  /// The teams R-P4 asks for, as SPEC spells them.
  static let committedTeams = ["IT", "product", "operations"]

  /// R-P4: of IT, product and operations, the teams that have committed / 3.
  ///
  /// Team names match case-insensitively, ignoring surrounding spaces; other teams are ignored.
  /// When a team is listed more than once it counts as committed only when every entry is
  /// (one holdout is a missing commitment); a team with no entry is pending with no owner.
  @Sendable static func stakeholdersCommitted(_ context: RuleContext) -> ItemTally {
    var tally = ItemTally()
    let stakeholders = context.inventory.programme.stakeholders
    for team in committedTeams {
      let entries = stakeholders.filter {
        $0.team.trimmingCharacters(in: .whitespaces).lowercased() == team.lowercased()
      }
      let holdout = entries.first { !$0.committed }
      let reason = Message(
        entries.isEmpty ? PendingMessages.noStakeholder : PendingMessages.notCommitted)
      tally.count(
        !entries.isEmpty && holdout == nil,
        PendingRef(
          kind: .team, ref: team, name: team, owner: holdout?.owner ?? entries.first?.owner,
          reason: reason))
    }
    return tally
  }
}

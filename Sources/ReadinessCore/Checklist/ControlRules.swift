/// The technical controls R-C1…R-C7, scored in the implementation phase.
enum ControlRules {
  /// R-C1: systems deduplicating on `bsuid`/`phone_then_bsuid` / systems deduplicating on an id.
  @Sendable static func dedupeKey(_ context: RuleContext) -> ItemTally {
    var tally = ItemTally()
    for system in context.inventory.systems {
      guard let key = system.dedupeKey, [.phone, .bsuid, .phoneThenBSUID].contains(key) else {
        continue
      }
      tally.count(key != .phone, .system(system, PendingReason.value(system, \.dedupeKey)))
    }
    return tally
  }

  /// R-C2: webhook consumers that handle a missing phone / webhook consumers.
  @Sendable static func missingPhoneAccepted(_ context: RuleContext) -> ItemTally {
    var tally = ItemTally()
    for system in context.inventory.systems where system.consumesWebhooks == true {
      tally.count(
        system.handlesMissingPhone == true,
        .system(system, PendingReason.flag(system, \.handlesMissingPhone)))
    }
    return tally
  }

  /// R-C3: cross-portfolio WABA pairs sharing user ids where both have parent BSUIDs / those pairs.
  @Sendable static func sharedIDsUseParentBSUID(_ context: RuleContext) -> ItemTally {
    var tally = ItemTally()
    for pair in SharedIDPair.all(in: context) {
      tally.count(pair.bothParentBSUID, .waba(pair.ref, owner: pair.owner, pair.reason))
    }
    return tally
  }

  /// R-C4: the mean progress of the tasks that cover R-C4; 0 when a WABA has a `migration_date`
  /// and no task covers it; not applicable when no WABA has a `migration_date`,
  /// whatever tasks cover it: without a migration there is nothing to re-map.
  @Sendable static func migrationPlanned(_ context: RuleContext) -> ItemTally {
    var tally = ItemTally()
    for waba in context.inventory.programme.wabas {
      guard let date = waba.migrationDate else { continue }
      let reason = Message(
        PendingMessages.migration,
        ["date": .day(date), "item": .text(ChecklistItemID.rC4.rawValue)])
      tally.count(false, .waba(waba.id, owner: waba.owner, reason))
    }
    return tally
  }

  /// R-C5: webhook consumers that follow identity changes / webhook consumers.
  @Sendable static func identityChangesFollowed(_ context: RuleContext) -> ItemTally {
    var tally = ItemTally()
    for system in context.inventory.systems where system.consumesWebhooks == true {
      tally.count(
        system.handlesIdChanges == true,
        .system(system, PendingReason.flag(system, \.handlesIdChanges)))
    }
    return tally
  }

  /// R-C6: senders that must reach users by BSUID and put it in `recipient` / those senders.
  /// A sender must reach users by BSUID when it replies to inbound users (consumes webhooks) or
  /// sends to BSUIDs at all (`bsuid_send_field` other than `none`, or not assessed);
  /// outbound-only senders with `none` message the phone numbers they hold.
  @Sendable static func recipientField(_ context: RuleContext) -> ItemTally {
    var tally = ItemTally()
    for system in context.inventory.systems where system.sendsMessages == true {
      guard system.consumesWebhooks == true || system.bsuidSendField != SendField.none else {
        continue
      }
      tally.count(
        system.bsuidSendField == .recipient,
        .system(system, PendingReason.value(system, \.bsuidSendField)))
    }
    return tally
  }

  /// R-C7: WABAs whose BSP passes BSUIDs through / WABAs with a BSP. A WABA on the Cloud API
  /// directly (no `bsp`) has nothing to pass through; with no BSP at all, R-C7 does not apply.
  @Sendable static func bspPassThrough(_ context: RuleContext) -> ItemTally {
    var tally = ItemTally()
    for waba in context.inventory.programme.wabas
    where !(waba.bsp ?? "").allSatisfy(\.isWhitespace) {
      tally.count(
        waba.bspBSUIDEnabled == true,
        .waba(
          waba.id, owner: waba.owner, PendingReason.flag(waba, \.bspBSUIDEnabled))
      )
    }
    return tally
  }
}

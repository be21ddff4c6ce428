/// The risk register: risks generated from the data, with the PM's overrides (`RiskOverrides`),
/// beside the manual ones.
///
/// Generated risks have the stable id `<kind>:<ref>`. The register lists open risks before
/// accepted and closed ones, each worst first (by the computed severity), then by kind in
/// SPEC's table order, then by id.
enum RiskRegister {
  struct Input: Sendable {
    let context: RuleContext
    let rows: [FlowStates]
    let items: [ItemResult]
    let tasks: [ScheduledTask]
    let claimWindow: Day
    let asOf: Day
    let programmeStart: Day
    let bsuidWebhooks: Day
    /// Whether a phase window follows the catch-up plan, which the late-start action names.
    let catchUpPlan: Bool
  }

  /// The register, and the overrides whose risk is not generated.
  static func risks(_ input: Input) -> RiskOverrides.Applied {
    let inventory = input.context.inventory
    // Independent sources, found at once on the cores and joined in this order.
    let sources: [@Sendable () -> [Risk]] = [
      { FlowRisks.risks(inventory, rows: input.rows) },
      { migrations(input) + sharedIDs(input) },
      {
        UsernameRisks.risks(inventory.usernames, claimWindow: input.claimWindow, asOf: input.asOf)
      },
      {
        LateStartRisk.risks(
          start: input.programmeStart, bsuidWebhooks: input.bsuidWebhooks,
          catchUpPlan: input.catchUpPlan, stakeholders: inventory.programme.stakeholders)
      },
      { LateTaskRisks.risks(input.tasks, asOf: input.asOf) },
      { DecisionRisks.overdue(inventory.decisions, asOf: input.asOf) },
      { blockedItems(input) },
    ]
    var register = RiskOverrides.apply(
      inventory.risks, to: sources.concurrentlyJoined(), asOf: input.asOf)
    register.risks = sorted(
      register.risks + manual(inventory.risks.filter { !$0.isOverride }, asOf: input.asOf))
    return register
  }

  static func sorted(_ risks: [Risk]) -> [Risk] {
    let kinds = Risk.Kind.allCases
    return risks.sorted {
      if $0.open != $1.open { return $0.open }
      let left = ($0.ragSeverity, kinds.firstIndex(of: $0.kind) ?? 0)
      let right = ($1.ragSeverity, kinds.firstIndex(of: $1.kind) ?? 0)
      return left != right ? left < right : $0.id < $1.id
    }
  }

  /// `bsuid-invalidation`: high when the WABA moves (or may move) to another portfolio, low when
  /// not; one step lower (high → medium; low stays low) once R-C4 has covering tasks, all done.
  /// Owned by the first covering task's owner, else the WABA's. The action follows the
  /// re-mapping: plan it, finish its unfinished tasks, or test it.
  static func migrations(_ input: Input) -> [Risk] {
    let covering = input.context.inventory.tasks.filter { $0.covers.contains(.rC4) }
    let planned = !covering.isEmpty && covering.allSatisfy(\.isFinished)
    return input.context.inventory.programme.wabas.compactMap { waba in
      guard let date = waba.migrationDate else { return nil }
      var severity: Severity = waba.newPortfolio == .no ? .low : .high
      if planned && severity == .high { severity = .medium }
      var risk = generated(
        .bsuidInvalidation, waba.id, severity,
        title: Message(
          RiskMessages.bsuidInvalidation,
          [
            "waba": .text(waba.id), "date": .day(date),
            "newPortfolio": .word(WordMessages.vocabulary(waba.newPortfolio)),
          ]),
        owner: covering.first?.owner ?? waba.owner,
        action: remappingAction(covering))
      risk.due = date
      return risk
    }
  }

  /// What to do about a migration, given the tasks covering R-C4.
  static func remappingAction(_ covering: [PlanTask]) -> Message {
    typealias M = RiskActionMessages
    guard !covering.isEmpty else { return Message(M.planRemapping) }
    let unfinished = covering.filter { !$0.isFinished }
    guard !unfinished.isEmpty else { return Message(M.testRemapping) }
    let tasks = unfinished.map {
      MessageArgument.message(
        Message(M.taskProgress, ["title": .text($0.title), "percent": .percent($0.progress)]))
    }
    return Message(M.finishTasks, ["tasks": .list(tasks, .comma)])
  }

  /// `shared-ids`: high for each cross-portfolio pair without parent BSUIDs on both; owned by
  /// the declaring WABA's owner, else its partner's.
  static func sharedIDs(_ input: Input) -> [Risk] {
    SharedIDPair.all(in: input.context).filter { !$0.bothParentBSUID }.map { pair in
      generated(
        .sharedIDs, pair.ref, .high,
        title: Message(
          RiskMessages.sharedIDs,
          [
            "first": .text(pair.first), "second": .text(pair.second),
            "reason": .message(pair.reason),
          ]),
        owner: pair.owner,
        action: Message(RiskActionMessages.sharedIDs))
    }
  }

  /// `item-blocked`: high; owned by the first blocked covering task's owner, else the attester.
  static func blockedItems(_ input: Input) -> [Risk] {
    let blocked = input.items.filter { $0.status == .blocked }
    guard !blocked.isEmpty else { return [] }
    let tasks = Dictionary(
      input.context.inventory.tasks.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    return blocked.map { item in
      let blocker = item.coveringTasks.compactMap { tasks[$0] }.first { $0.status == .blocked }
      return generated(
        .itemBlocked, item.id.rawValue, .high,
        title: Message(
          RiskMessages.itemBlocked,
          ["item": .text(item.id.rawValue), "title": .word(item.id.titleKey)]),
        owner: blocker?.owner ?? item.attestation?.by,
        action: blocker.map {
          Message(RiskActionMessages.unblockTask, ["task": .text($0.id)])
        } ?? Message(RiskActionMessages.unblock))
    }
  }
}

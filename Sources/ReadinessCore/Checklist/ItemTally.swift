/// The parts of an item's completion counted from the data: done / counted, and what is pending.
struct ItemTally: Sendable {
  var done = 0
  var counted = 0
  var pending: [PendingRef] = []

  /// Counts one thing; records `pending` when it is not done.
  mutating func count(_ isDone: Bool, _ pending: @autoclosure () -> PendingRef) {
    counted += 1
    if isDone { done += 1 } else { self.pending.append(pending()) }
  }
}

/// What the rules read: the inventory and the identity-state outcomes already computed.
struct RuleContext: Sendable {
  let inventory: Inventory
  /// S-C outcome per flow id (R-I2 counts inbound flows that work in S-C).
  let stateCOutcomes: [String: Outcome]
  /// WABAs by id (R-C3 looks partners up).
  let wabasByID: [String: WABA]

  init(inventory: Inventory, flows: [FlowStates]) {
    self.inventory = inventory
    var outcomes: [String: Outcome] = [:]
    for row in flows { outcomes[row.id] = row.outcomes[.c] ?? .unknown }
    stateCOutcomes = outcomes
    var wabas: [String: WABA] = [:]
    for waba in inventory.programme.wabas where wabas[waba.id] == nil { wabas[waba.id] = waba }
    wabasByID = wabas
  }
}

extension PendingRef {
  static func flow(_ flow: MessageFlow, _ reason: Message) -> PendingRef {
    PendingRef(kind: .flow, ref: flow.id, name: flow.name, owner: flow.owner, reason: reason)
  }

  static func system(_ system: BusinessSystem, _ reason: Message) -> PendingRef {
    PendingRef(
      kind: .system, ref: system.id, name: system.name, owner: system.owner, reason: reason)
  }

  static func waba(_ id: String, owner: String?, _ reason: Message) -> PendingRef {
    PendingRef(kind: .waba, ref: id, name: id, owner: owner, reason: reason)
  }

  static func task(_ task: PlanTask, _ reason: Message) -> PendingRef {
    PendingRef(kind: .task, ref: task.id, name: task.title, owner: task.owner, reason: reason)
  }
}

/// Turns an item's tally, covering tasks and attestation into an `ItemResult`.
///
/// - Nothing counted (denominator 0): the mean progress of the covering tasks (a task whose own
///   status is `not_applicable` covers nothing); with no covering task, `not_applicable`.
/// - An attestation overrides: `done` = 1, `not_started` = 0, `in_progress` and `blocked` keep the
///   derived or task fraction (0 when there is none), `not_applicable` removes the item. The
///   attested status is the item's status, and wins over a blocked covering task.
/// - Otherwise the status follows the completion (1 done, 0 not started, between in progress),
///   and is `blocked` when a covering task is blocked.
struct ItemEvaluator: Sendable {
  let context: RuleContext
  /// Tasks by the checklist ids they cover, in inventory order.
  let tasksByItem: [ChecklistItemID: [PlanTask]]
  /// Attestations by item id; the last one given wins.
  let attestations: [ChecklistItemID: Attestation]

  init(context: RuleContext) {
    self.context = context
    var byItem: [ChecklistItemID: [PlanTask]] = [:]
    for task in context.inventory.tasks where task.status != .notApplicable {
      for item in Set(task.covers) { byItem[item, default: []].append(task) }
    }
    tasksByItem = byItem
    var attested: [ChecklistItemID: Attestation] = [:]
    for attestation in context.inventory.attestations { attested[attestation.item] = attestation }
    attestations = attested
  }

  /// Evaluates every item of the catalog in report order, several at once (each reads the
  /// whole inventory, so large ones take a while).
  func evaluateAll() -> [ItemResult] {
    ChecklistCatalog.items.concurrentMap(minimumChunk: 1, evaluate)
  }

  func evaluate(_ item: ChecklistItem) -> ItemResult {
    let tally = item.tally(context)
    let tasks = tasksByItem[item.id] ?? []
    var basis = ItemResult.Basis.none
    var completion: Double?
    var pending = tally.pending
    let useTasks: Bool
    switch item.measure {
    case .data: useTasks = tally.counted == 0
    case .coveringTasks: useTasks = tally.counted > 0
    }
    if !tasks.isEmpty && useTasks {
      basis = .tasks
      completion = tasks.map(\.clampedProgress).reduce(0, +) / 100 / Double(tasks.count)
      pending = tasks.filter { !$0.isFinished }.map {
        .task($0, Message(PendingMessages.taskProgress, ["percent": .percent($0.progress)]))
      }
    } else if tally.counted > 0 {
      basis = .data
      completion = Double(tally.done) / Double(tally.counted)
    }
    var status: WorkStatus
    let attestation = attestations[item.id]
    switch attestation?.status {
    case .done?: (completion, status) = (1, .done)
    case .notStarted?: (completion, status) = (0, .notStarted)
    case .inProgress?: (completion, status) = (completion ?? 0, .inProgress)
    case .blocked?: (completion, status) = (completion ?? 0, .blocked)
    case .notApplicable?: (completion, status) = (nil, .notApplicable)
    case nil:
      status = Self.status(of: completion)
      if completion != nil && tasks.contains(where: { $0.status == .blocked }) { status = .blocked }
    }
    if completion == nil || completion == 1 { pending = [] }
    let (done, counted) =
      basis == .tasks
      ? (tasks.filter(\.isFinished).count, tasks.count) : (tally.done, tally.counted)
    return ItemResult(
      id: item.id, phase: item.phase, title: item.title, completion: completion, status: status,
      weight: context.inventory.programme.itemWeights[item.id] ?? 1, basis: basis, done: done,
      counted: counted, pending: pending, coveringTasks: tasks.map(\.id), attestation: attestation,
      mismatches: ItemMismatches.find(
        item: item.id, tally: tally, basis: basis, attested: attestation != nil, tasks: tasks))
  }

  /// 1 → done, 0 → not started, between → in progress, nil → not applicable.
  static func status(of completion: Double?) -> WorkStatus {
    guard let completion else { return .notApplicable }
    if completion >= 1 { return .done }
    return completion <= 0 ? .notStarted : .inProgress
  }
}

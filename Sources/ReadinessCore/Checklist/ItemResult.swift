/// One checklist item (R-P1…R-T3, R-C1…R-C7) evaluated.
public struct ItemResult: Sendable {
  public var id: ChecklistItemID
  public var phase: PhaseID
  /// What the item asks for, in a sentence.
  public var title: String
  /// 0–1; nil when the item is not applicable.
  public var completion: Double?
  /// `done`, `in_progress`, `not_started`, `blocked` or `not_applicable`.
  public var status: WorkStatus
  public var weight: Double
  /// Where the completion comes from.
  public var basis: Basis
  /// Items counted as done and counted in all (the fraction's parts) when derived from data.
  public var done: Int
  public var counted: Int
  /// What is still open, with owners.
  public var pending: [PendingRef]
  /// Ids of the tasks that cover this item.
  public var coveringTasks: [String]
  /// The attestation that overrode the derivation, if any.
  public var attestation: Attestation?
  /// Covering tasks whose state disagrees with the item's own data.
  public var mismatches: [ItemMismatch]

  /// Where an item's completion comes from.
  public enum Basis: String, Sendable {
    /// done / counted over inventory data.
    case data
    /// Mean progress of covering tasks (nothing to count).
    case tasks
    /// Nothing to count and no covering task.
    case none
  }

  public var attested: Bool { attestation != nil }

  public init(
    id: ChecklistItemID, phase: PhaseID, title: String, completion: Double?, status: WorkStatus,
    weight: Double, basis: Basis, done: Int, counted: Int, pending: [PendingRef],
    coveringTasks: [String], attestation: Attestation?, mismatches: [ItemMismatch] = []
  ) {
    self.mismatches = mismatches
    self.id = id
    self.phase = phase
    self.title = title
    self.completion = completion
    self.status = status
    self.weight = weight
    self.basis = basis
    self.done = done
    self.counted = counted
    self.pending = pending
    self.coveringTasks = coveringTasks
    self.attestation = attestation
  }
}

/// Something still open for a checklist item: a system, flow, WABA, team, username or task.
public struct PendingRef: Sendable, Equatable {
  /// What kind of thing `ref` names.
  public enum Kind: String, CaseIterable, Sendable { case system, flow, waba, team, username, task }
  public var kind: Kind
  /// Its id (the handle for a username, the team name for a team).
  public var ref: String
  public var name: String
  public var owner: String?
  /// Why it is pending, in a few words, in English ("dedupe_key: phone").
  public var reason: String
  /// The same as a message, for other languages.
  public var reasonMessage: Message
  public init(kind: Kind, ref: String, name: String, owner: String?, reason: Message) {
    self.kind = kind
    self.ref = ref
    self.name = name
    self.owner = owner
    self.reason = reason.english
    reasonMessage = reason
  }
}

/// A covering task and the item's own data that disagree: a done task while the data says the
/// item is unfinished, or an item complete by its data while a covering task is not done.
public struct ItemMismatch: Sendable, Equatable {
  /// The task's id.
  public var task: String
  /// What disagrees, naming the task and the item, in English.
  public var message: String
  /// What to update, in English.
  public var hint: String
  /// `message` and `hint` as messages, for other languages.
  public var messageMessage: Message
  public var hintMessage: Message
  public init(task: String, message: Message, hint: Message) {
    self.task = task
    self.message = message.english
    self.hint = hint.english
    messageMessage = message
    hintMessage = hint
  }
}

/// What changed between the previous snapshot and this one: the "since last report" section.
/// Computed by `Changes.between`; renderers only present it.
public struct Changes: Sendable, Equatable {
  /// The previous snapshot's as-of.
  public var since: Day
  public var overall: ScoreChange
  /// Every phase of this snapshot, moved or not, in roadmap order.
  public var phases: [PhaseChange]
  /// Items whose status or completion moved, in checklist order.
  public var items: [ItemChange]
  /// Risks open now that were not open before, and the reverse.
  public var newRisks: [Snapshot.RiskEntry]
  public var closedRisks: [Snapshot.RiskEntry]
  /// Risks open in both whose severity changed.
  public var regradedRisks: [RiskRegrade]
  /// Tasks forecast to end later than before, with by how many working days.
  public var slippedTasks: [TaskSlip]
  /// Tasks that finished, and tasks that became late, since the previous snapshot.
  public var finishedTasks: [Snapshot.Task]
  public var lateTasks: [Snapshot.Task]
  public var usernames: [UsernameChange]
  /// Exposure at each adoption share of this snapshot.
  public var exposure: [ExposureChange]
  /// The baseline compared with, when it is another one or its finish moved; nil when not.
  public var baseline: BaselineChange? = nil
  /// The PM's commentary, when it changed.
  public var commentary: CommentaryChange? = nil

  /// True when no score, item, risk, task, username or exposure figure moved.
  public var isEmpty: Bool {
    overall.delta == 0 && overall.fromRAG == overall.toRAG
      && phases.allSatisfy { $0.change.delta == 0 && $0.change.fromRAG == $0.change.toRAG }
      && items.isEmpty && newRisks.isEmpty && closedRisks.isEmpty && regradedRisks.isEmpty
      && slippedTasks.isEmpty && finishedTasks.isEmpty && lateTasks.isEmpty && usernames.isEmpty
      && exposure.allSatisfy { !$0.moved } && baseline == nil && commentary == nil
  }
}

/// A score and RAG then and now; `delta` is now − then, one decimal (nil when either is absent).
public struct ScoreChange: Sendable, Equatable {
  public var from: Double?
  public var to: Double?
  public var fromRAG: RAG
  public var toRAG: RAG
  public var delta: Double? {
    guard let from, let to else { return from == nil && to == nil ? 0 : nil }
    return ((to - from) * 10).rounded() / 10
  }
}

public struct PhaseChange: Sendable, Equatable {
  public var id: PhaseID
  public var change: ScoreChange
}

/// A checklist item that moved; `fromStatus` is nil for an item the previous snapshot lacked.
public struct ItemChange: Sendable, Equatable {
  public var id: String
  public var fromStatus: WorkStatus?
  public var toStatus: WorkStatus
  public var fromCompletion: Double?
  public var toCompletion: Double?

  /// The item's title from the checklist; the id itself for one the checklist no longer has.
  public var title: String { ChecklistItemID(rawValue: id)?.title ?? id }
}

/// An open risk whose severity changed; `risk` is as it is now.
public struct RiskRegrade: Sendable, Equatable {
  public var risk: Snapshot.RiskEntry
  public var from: Severity
}

/// A task whose forecast end moved later, from `from` by `workingDays`.
public struct TaskSlip: Sendable, Equatable {
  public var task: Snapshot.Task
  public var from: Day
  public var workingDays: Int
}

/// A username whose status changed; `from` is nil for a new one, `to` nil for one removed.
public struct UsernameChange: Sendable, Equatable {
  public var handle: String
  public var from: UsernameStatus?
  public var to: UsernameStatus?
}

/// Exposure at one adoption share then and now (`from…` nil when the share is new).
public struct ExposureChange: Sendable, Equatable {
  public var adoption: Double
  public var fromConversations: Double?
  public var toConversations: Double
  /// Ad spend per currency of either snapshot, sorted by currency; 0 where a side had none.
  public var spend: [SpendChange]

  public var moved: Bool {
    fromConversations != toConversations || spend.contains { $0.from != $0.to }
  }
}

public struct SpendChange: Sendable, Equatable {
  public var currency: String
  public var from: Double
  public var to: Double
}

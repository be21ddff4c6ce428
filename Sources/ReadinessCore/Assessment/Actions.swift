/// Actions by owner for the two weeks after `as_of`: chosen here, in the core, so the
/// report and workbook.xml list the same things.
public struct Actions: Sendable {
  /// First day of the window: `as_of`.
  public var windowStart: Day
  /// Last day of the window, included: 14 days after `as_of`.
  public var windowEnd: Day
  /// Named owners in name order, then the actions nobody owns.
  public var owners: [ActionOwner]
  /// Actions a named owner may carry before being flagged (`owner_load_limit`, default 6).
  public var loadLimit = 6

  public init(windowStart: Day, windowEnd: Day, owners: [ActionOwner]) {
    self.windowStart = windowStart
    self.windowEnd = windowEnd
    self.owners = owners
  }
}

/// One owner's actions: undated risks first, then by due date, then id.
public struct ActionOwner: Sendable {
  /// Nil for the actions nobody owns.
  public var name: String?
  public var actions: [Action]
  /// More actions than `Actions.loadLimit`: open risks plus unfinished tasks, each task once.
  public var overloaded: Bool

  public init(name: String?, actions: [Action], overloaded: Bool = false) {
    self.name = name
    self.actions = actions
    self.overloaded = overloaded
  }

  /// Open risks and unfinished tasks the owner has in the window, a late task and its risk
  /// counted once.
  public var load: Int { actions.count }
}

/// A task, milestone or open risk to act on in the window.
public struct Action: Sendable, Equatable {
  /// What needs action; raw values are the workbook's `kind` attribute.
  public enum Kind: String, CaseIterable, Sendable { case task, milestone, risk }

  public var kind: Kind
  /// The task's or the risk's id.
  public var id: String
  public var title: String
  /// The task's end, or the risk's due date; nil for a critical or high risk without one.
  public var due: Day?
  /// Needs attention first: a late task, an overdue risk or a critical one.
  public var urgent: Bool
  /// A task that is late, and why; false and nil for a risk.
  public var late: Bool
  public var lateReason: String?
  /// The title, the late reason and the risk's action as messages, for other languages.
  public var titleMessage: Message
  public var lateReasonMessage: Message?
  public var riskActionMessage: Message?
  /// A risk due before `as_of`; false for a task.
  public var overdue: Bool
  /// The risk's kind, severity and what to do about it; for a late task, those of its own
  /// `task-late` risk (the two are one action); nil for a task that is not late.
  public var riskKind: Risk.Kind?
  public var severity: Severity?
  public var riskAction: String?

  /// The action for a scheduled task, with its own `task-late` risk when it is late: urgent
  /// when it is late.
  public init(task scheduled: ScheduledTask, lateRisk: Risk? = nil) {
    kind = scheduled.task.milestone ? .milestone : .task
    id = scheduled.task.id
    title = scheduled.task.title
    due = scheduled.end
    urgent = scheduled.late
    late = scheduled.late
    lateReason = scheduled.lateReason
    titleMessage = .verbatim(scheduled.task.title)
    lateReasonMessage = scheduled.lateReasonMessage
    overdue = false
    riskKind = lateRisk?.kind
    severity = lateRisk?.severity
    riskAction = lateRisk?.action
    riskActionMessage = lateRisk?.actionMessage
  }

  /// The action for a risk at `asOf`: urgent when overdue or critical.
  public init(risk: Risk, asOf: Day) {
    kind = .risk
    id = risk.id
    title = risk.title
    due = risk.due
    overdue = risk.due.map { $0 < asOf } ?? false
    urgent = overdue || risk.severity == .critical
    late = false
    titleMessage = risk.titleMessage
    riskKind = risk.kind
    severity = risk.severity
    riskAction = risk.action
    riskActionMessage = risk.actionMessage
  }
}

/// A risk in the register: generated from the data or written by hand.
public struct Risk: Sendable {
  /// The kinds of generated risk (docs/readiness-model.md), then `manual`; raw values are the workbook's `kind` attribute.
  public enum Kind: String, CaseIterable, Sendable {
    case operationalSilence = "operational-silence"
    case sendFails = "send-fails"
    case bsuidInTo = "bsuid-in-to"
    case lateStart = "late-start"
    case bsuidInvalidation = "bsuid-invalidation"
    case sharedIDs = "shared-ids"
    case usernameUnclaimed = "username-unclaimed"
    case usernameInvalid = "username-invalid"
    case taskLate = "task-late"
    case tasksLate = "tasks-late"
    case decisionOverdue = "decision-overdue"
    case itemBlocked = "item-blocked"
    case manual
  }

  /// Stable id: `<kind>:<ref>` for generated risks (`operational-silence:ctwa-spring`), the given id for manual ones.
  public var id: String
  public var kind: Kind
  public var severity: Severity
  /// Id of the flow, system, WABA, username, task or item the risk is about.
  public var ref: String?
  public var title: String
  public var owner: String?
  /// What to do about it.
  public var action: String
  public var due: Day?
  /// A manual risk's likelihood and impact, as given.
  public var likelihood: RiskLevel?
  public var impact: RiskLevel?
  /// Open risks count; closed manual risks are listed but never turn the RAG red.
  public var open: Bool

  public init(
    id: String, kind: Kind, severity: Severity, ref: String?, title: String, owner: String?,
    action: String, due: Day?, open: Bool = true
  ) {
    self.id = id
    self.kind = kind
    self.severity = severity
    self.ref = ref
    self.title = title
    self.owner = owner
    self.action = action
    self.due = due
    self.open = open
  }
}

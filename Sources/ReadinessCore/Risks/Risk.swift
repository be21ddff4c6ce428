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
  /// The title in English.
  public var title: String
  /// The same title as a message, for other languages (the PM's own text for a manual risk).
  public var titleMessage: Message
  public var owner: String?
  /// What to do about it, in English.
  public var action: String
  /// The same as a message, for other languages (the PM's own text when the PM wrote one).
  public var actionMessage: Message
  public var due: Day?
  /// Likelihood and impact, as the inventory gives them (a manual risk or an override).
  public var likelihood: RiskLevel?
  public var impact: RiskLevel?
  /// Open risks count; accepted and closed ones are listed but never turn the RAG red.
  public var status: RiskState
  /// The severity the data gives a generated risk whose shown `severity` the PM set ("set by
  /// the PM; computed: critical"); nil when the PM set none, or the same.
  public var computedSeverity: Severity?
  /// The day an acceptance is reviewed (it lapses to open after it).
  public var review: Day?
  /// The PM's note: why it is accepted or closed, or what is being done.
  public var note: String?
  /// What the PM's status means now, in words ("accepted by Li Wei until 2026-12-18",
  /// "closed by the PM, still detected", "reopened: computed severity rose from high to
  /// critical"); nil for a plain open risk.
  public var statusNote: String?
  /// The same as a message, for other languages.
  public var statusNoteMessage: Message?
  /// Whether the inventory overrides this generated risk (docs/readiness-model.md, "The PM
  /// owns the register").
  public var overridden = false

  /// Whether it counts: open risks are the top risks and decide the RAG.
  public var open: Bool { status == .open }
  /// The severity that decides the RAG and the order: the computed one, whatever the PM set.
  public var ragSeverity: Severity { computedSeverity ?? severity }

  public init(
    id: String, kind: Kind, severity: Severity, ref: String?, title: String, owner: String?,
    action: String, due: Day?, open: Bool = true
  ) {
    self.id = id
    self.kind = kind
    self.severity = severity
    self.ref = ref
    self.title = title
    titleMessage = .verbatim(title)
    self.owner = owner
    self.action = action
    actionMessage = .verbatim(action)
    self.due = due
    self.status = open ? .open : .closed
  }
}

extension Risk.Kind {
  /// The generated kind and ref `id` names (`operational-silence:ctwa-ev`; `tasks-late` has no
  /// ref), nil for any other id: the ids a `risks` entry overrides. A ref is any text without
  /// spaces or control characters (a handle that breaks Meta's rules is one).
  public static func generatedID(_ id: String) -> (kind: Risk.Kind, ref: String?)? {
    if id == Risk.Kind.tasksLate.rawValue { return (.tasksLate, nil) }
    guard let colon = id.firstIndex(of: ":"),
      let kind = Risk.Kind(rawValue: String(id[..<colon])), kind != .manual, kind != .tasksLate
    else { return nil }
    let ref = id[id.index(after: colon)...]
    guard !ref.isEmpty, !ref.hasPrefix(":"),
      ref.unicodeScalars.allSatisfy({
        !$0.properties.isWhitespace && $0.properties.generalCategory != .control
      })
    else { return nil }
    return (kind, String(ref))
  }
}

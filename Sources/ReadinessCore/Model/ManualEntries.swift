/// A manual status for a checklist item that no data can prove (the `attestations` section).
public struct Attestation: Sendable {
  /// The checklist item it attests (`R-P4`).
  public var item: ChecklistItemID
  public var status: WorkStatus
  public var by: String?
  public var on: Day?
  public var evidence: String?
  public var location: SourceLocation?

  public init(item: ChecklistItemID, status: WorkStatus) {
    self.item = item
    self.status = status
  }
}

/// An entry of the `risks` section: a risk written by hand, or, when its id is a generated
/// risk's (`operational-silence:ctwa-ev`, `tasks-late`), the PM's override of that risk.
public struct ManualRisk: Sendable {
  public var id: String
  /// Required for a risk of one's own; an override keeps the generated title.
  public var title: String
  public var owner: String?
  /// Required for a risk of one's own; on an override, the severity shown (the computed one
  /// still decides the RAG).
  public var severity: Severity?
  public var likelihood: RiskLevel?
  public var impact: RiskLevel?
  public var due: Day?
  public var state: RiskState = .open
  public var action: String?
  /// Why it is accepted or closed, or what is being done.
  public var note: String?
  /// The day an acceptance is reviewed; required when `accepted`, at most 12 weeks after as-of.
  public var review: Day?
  /// The computed severity the PM accepted or closed an override at: a higher one reopens it
  /// (left out: the PM's `severity`, else never).
  public var acceptedSeverity: Severity?
  public var location: SourceLocation?
  public var origin = SourceMap()

  public init(id: String, title: String, severity: Severity?) {
    self.id = id
    self.title = title
    self.severity = severity
  }

  /// Whether it overrides a generated risk rather than adding one.
  public var isOverride: Bool { Risk.Kind.generatedID(id) != nil }
}

/// A programme decision recorded in the `decisions` section.
public struct Decision: Sendable {
  public var id: String
  public var title: String
  public var owner: String?
  /// The day it was decided.
  public var date: Day?
  /// As given; when left out, `decided` if the decision has a `date`, else `proposed`.
  public var status: DecisionStatus?
  public var rationale: String?
  /// The day the decision is needed by; undecided after it, it is a `decision-overdue` risk.
  public var neededBy: Day?
  public var link: String?
  public var location: SourceLocation?
  public var origin = SourceMap()

  public init(id: String, title: String) {
    self.id = id
    self.title = title
  }
}

extension Decision {
  /// The status given, or `decided` when the decision has a date, else `proposed`.
  public var effectiveStatus: DecisionStatus { status ?? (date == nil ? .proposed : .decided) }
}

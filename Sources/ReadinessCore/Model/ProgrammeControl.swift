/// What the RAG override applies to: the programme as a whole, or one phase.
public enum RAGScope: String, CaseIterable, Sendable {
  case overall, planning, implementation, testing

  /// The phase it applies to; nil for `overall`.
  public var phase: PhaseID? { PhaseID(rawValue: rawValue) }
}

/// The programme manager's own RAG (`programme.rag_override.<scope>`), shown beside the
/// computed one until `until`; gates never use it.
public struct RAGOverride: Sendable, KeyedEntry {
  public var scope: RAGScope = .overall
  public var rag: RAG
  public var reason: String
  public var by: String
  /// Last day the override holds; after it the computed RAG is shown alone.
  public var until: Day
  public var location: SourceLocation?
  public var origin = SourceMap()

  public init(rag: RAG, reason: String, by: String, until: Day) {
    self.rag = rag
    self.reason = reason
    self.by = by
    self.until = until
  }

  /// Longest an override may be set for, in days after `as_of` (8 weeks).
  public static let longestDays = 56
}

/// The programme manager's words for this week (`commentary`).
public struct Commentary: Sendable, Equatable, Codable {
  public var summary: String?
  public var achievements: [String] = []
  public var nextSteps: [String] = []
  public var asks: [String] = []

  public init(
    summary: String? = nil, achievements: [String] = [], nextSteps: [String] = [],
    asks: [String] = []
  ) {
    self.summary = summary
    self.achievements = achievements
    self.nextSteps = nextSteps
    self.asks = asks
  }

  /// True when nothing was written.
  public var isEmpty: Bool {
    (summary ?? "").isEmpty && achievements.isEmpty && nextSteps.isEmpty && asks.isEmpty
  }
}

/// Whether an issue is still being dealt with.
public enum IssueStatus: String, CaseIterable, Sendable { case open, resolved }

/// A RAID issue: something that has happened and needs handling (`issues`).
public struct ProgrammeIssue: Sendable, KeyedEntry {
  public var id: String
  public var title: String
  public var owner: String?
  public var raised: Day?
  public var due: Day?
  public var status: IssueStatus = .open
  public var severity: Severity
  /// The id of the risk or task it belongs to.
  public var link: String?
  public var location: SourceLocation?
  public var origin = SourceMap()

  public init(id: String, title: String, severity: Severity) {
    self.id = id
    self.title = title
    self.severity = severity
  }

  public var open: Bool { status == .open }
}

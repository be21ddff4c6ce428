/// What the history keeps of one assessment: the figures a later report compares against.
/// Built from an `Assessment` and read back from the history store; plain values only.
public struct Snapshot: Sendable, Equatable {
  /// The programme's slug: snapshots of one programme share it.
  public var programme: String
  public var asOf: Day
  public var overall: ScoreRAG
  public var phases: [Phase]
  public var items: [Item]
  public var risks: [RiskEntry]
  public var tasks: [Task]
  public var usernames: [Username]
  public var exposure: [ExposureEntry]
  /// The gates the run was asked to check, each with whether it failed.
  public var gates: [GateResult]
  /// The working week and holidays its working-day figures were counted with.
  public var calendar: WorkingCalendar = .standard
  /// The saved baseline the report compared with; nil when none.
  public var baseline: BaselineMark? = nil
  /// The PM's commentary that week; nil when none was written.
  public var commentary: Commentary? = nil

  public init(
    programme: String, asOf: Day, overall: ScoreRAG, phases: [Phase], items: [Item],
    risks: [RiskEntry], tasks: [Task], usernames: [Username], exposure: [ExposureEntry],
    gates: [GateResult] = []
  ) {
    self.programme = programme
    self.asOf = asOf
    self.overall = overall
    self.phases = phases
    self.items = items
    self.risks = risks
    self.tasks = tasks
    self.usernames = usernames
    self.exposure = exposure
    self.gates = gates
  }

  /// A phase's score (nil when no item applies), expected progress and RAG.
  public struct Phase: Sendable, Equatable {
    public var id: PhaseID
    public var score: Double?
    public var expected: Double
    public var rag: RAG
    public init(id: PhaseID, score: Double?, expected: Double, rag: RAG) {
      self.id = id
      self.score = score
      self.expected = expected
      self.rag = rag
    }
  }

  /// A checklist item's completion (nil when not applicable) and status.
  public struct Item: Sendable, Equatable {
    public var id: String
    public var completion: Double?
    public var status: WorkStatus
    public init(id: String, completion: Double?, status: WorkStatus) {
      self.id = id
      self.completion = completion
      self.status = status
    }
  }

  /// A risk in the register, open or closed.
  public struct RiskEntry: Sendable, Equatable {
    public var id: String
    public var kind: String
    public var severity: Severity
    /// The title in English, as the report wrote it.
    public var title: String
    /// The same title as a message, for a report in another language; the English as stored
    /// when the history kept no message for it.
    public var titleMessage: Message
    public var open: Bool
    /// `titleMessage` renders `title` in English; without one, the title is shown verbatim.
    public init(
      id: String, kind: String, severity: Severity, title: String, titleMessage: Message? = nil,
      open: Bool
    ) {
      self.id = id
      self.kind = kind
      self.severity = severity
      self.title = title
      self.titleMessage = titleMessage ?? .verbatim(title)
      self.open = open
    }

    /// Equal when the figures and the English titles are: a title read back from the history
    /// equals the one it was written from.
    public static func == (a: RiskEntry, b: RiskEntry) -> Bool {
      (a.id, a.kind, a.severity, a.title, a.open) == (b.id, b.kind, b.severity, b.title, b.open)
    }
  }

  /// A task's plan and forecast; `slip` is working days from planned to forecast end.
  public struct Task: Sendable, Equatable {
    public var id: String
    public var title: String
    public var plannedEnd: Day
    public var forecastEnd: Day
    public var slip: Int
    public var progress: Double
    public var finished: Bool
    public var late: Bool
    public init(
      id: String, title: String, plannedEnd: Day, forecastEnd: Day, slip: Int, progress: Double,
      finished: Bool, late: Bool
    ) {
      self.id = id
      self.title = title
      self.plannedEnd = plannedEnd
      self.forecastEnd = forecastEnd
      self.slip = slip
      self.progress = progress
      self.finished = finished
      self.late = late
    }
  }

  /// A username's claim status.
  public struct Username: Sendable, Equatable {
    public var handle: String
    public var status: UsernameStatus
    public init(handle: String, status: UsernameStatus) {
      self.handle = handle
      self.status = status
    }
  }

  /// Conversations at risk at one adoption share, and ad spend at risk per currency.
  public struct ExposureEntry: Sendable, Equatable {
    public var adoption: Double
    public var conversations: Double
    public var spend: [Money]
    public init(adoption: Double, conversations: Double, spend: [Money]) {
      self.adoption = adoption
      self.conversations = conversations
      self.spend = spend
    }
  }
}

/// One client of a portfolio as the roll-up shows it: the figures of its assessment, or, for an
/// inventory that did not load, its diagnostics. Codable, so a shard's entries can be merged by
/// another run into the same roll-up.
public struct PortfolioEntry: Codable, Sendable, Equatable {
  /// One phase's score (nil when no item applies) and RAG.
  public struct Phase: Codable, Sendable, Equatable {
    public var id: PhaseID
    public var score: Double?
    public var rag: RAG

    public init(id: PhaseID, score: Double?, rag: RAG) {
      self.id = id
      self.score = score
      self.rag = rag
    }
  }

  /// The inventory file, as named on the command line or found in a folder.
  public var file: String
  /// The client's folder under the portfolio's output folder.
  public var folder: String
  /// The report's path relative to the portfolio's output folder; nil when invalid.
  public var report: String?
  public var name: String?
  public var asOf: Day?
  public var overall: Double?
  public var rag: RAG?
  /// Why the RAG is what it is, in English.
  public var reason: String?
  /// The same reason as a message in its stored form (`Message.stored`), kept so in shards and
  /// the portfolio database; nil when the reason is verbatim text, or the entry was written
  /// before messages were kept.
  public var storedReason: String?
  public var phases: [Phase]
  public var criticalRisks: Int?
  /// The ids of the open critical risks, in the register's order; the next run's roll-up
  /// names those that are new.
  public var criticalRiskIDs: [String]
  /// Conversations at risk per month at the middle adoption scenario.
  public var exposure: Double?
  public var exposureAdoption: Double?
  /// Why the inventory was not evaluated, one rendered message each; empty when it was.
  public var problems: [String]

  /// A client evaluated at `assessment`, whose report is at `report`.
  public init(_ assessment: Assessment, file: String, folder: String, report: String) {
    self.file = file
    self.folder = folder
    self.report = report
    name = assessment.programme.name
    asOf = assessment.asOf
    overall = assessment.overall.score
    rag = assessment.overall.rag
    reason = assessment.overall.reason
    storedReason = assessment.overall.reasonMessage.stored
    phases = assessment.phases.map {
      Phase(id: $0.id, score: $0.score, rag: $0.rag)
    }
    criticalRiskIDs = assessment.risks.filter { $0.open && $0.ragSeverity == .critical }.map(\.id)
    criticalRisks = criticalRiskIDs.count
    let scenarios = assessment.exposure.scenarios
    let middle = scenarios.isEmpty ? nil : scenarios[(scenarios.count - 1) / 2]
    exposure = middle?.conversations
    exposureAdoption = middle?.adoption
    problems = []
  }

  /// A client whose inventory could not be evaluated, with why.
  public init(invalid file: String, folder: String, problems: [String]) {
    self.init(file: file, folder: folder)
    self.problems = problems
  }

  /// An entry without figures, to be filled field by field (as the portfolio database reads
  /// one back).
  public init(file: String, folder: String) {
    self.file = file
    self.folder = folder
    phases = []
    criticalRiskIDs = []
    problems = []
  }

  public var isValid: Bool { problems.isEmpty }

  /// The reason as a message, for a roll-up in any language: read from its stored form, or the
  /// English as given when none was kept (`Message(stored:english:)`).
  public var reasonMessage: Message? {
    reason.map { Message(stored: storedReason, english: $0) }
  }

  /// The roll-up's order: valid clients worst first (red before amber before green, then the
  /// lower overall score, then the file), then invalid ones by file.
  public static func worstFirst(_ a: PortfolioEntry, _ b: PortfolioEntry) -> Bool {
    if a.isValid != b.isValid { return a.isValid }
    let rankA = a.rag ?? .green
    let rankB = b.rag ?? .green
    if rankA != rankB { return rankA > rankB }
    if a.overall != b.overall { return (a.overall ?? 0) < (b.overall ?? 0) }
    return (a.file, a.folder) < (b.file, b.folder)
  }
}

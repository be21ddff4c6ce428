/// The portfolio's trend: its last runs, one figure set each, and each client compared with the
/// previous run. Built from the entries the portfolio database holds and this run's entries.
public struct PortfolioTrend: Sendable, Equatable {
  /// How many runs the trend keeps, this one included.
  public static let runLimit = 8

  /// One portfolio run: its date and what its clients came to.
  public struct Run: Sendable, Equatable {
    public var asOf: Day
    public var clients: Int
    public var evaluated: Int
    /// The mean overall score of the evaluated clients; nil when none was.
    public var average: Double?
    public var red: Int
    public var amber: Int
    public var green: Int

    public init(asOf: Day, entries: [PortfolioEntry]) {
      self.asOf = asOf
      let valid = entries.filter(\.isValid)
      let scores = valid.compactMap(\.overall)
      clients = entries.count
      evaluated = valid.count
      average = scores.isEmpty ? nil : scores.reduce(0, +) / Double(scores.count)
      let count = { (rag: RAG) in valid.filter { $0.rag == rag }.count }
      red = count(.red)
      amber = count(.amber)
      green = count(.green)
    }
  }

  /// One client since the previous run: its overall score and RAG then and now, and the open
  /// critical risks it did not have then.
  public struct Change: Sendable, Equatable {
    public var score: ScoreChange
    public var newCriticalRisks: [String]
  }

  /// The runs, oldest first, this one last; at most `runLimit`.
  public let runs: [Run]
  /// The previous run's date, nil on a portfolio's first run.
  public let previousAsOf: Day?
  /// Evaluated clients the previous run did not evaluate (new ones, or invalid then).
  public let unmatched: Int
  private let changes: [String: Change]

  /// The trend of `current` (this run, dated `asOf`) after `earlier` runs (oldest first; runs
  /// of the same date or later are ignored). Clients are matched by folder.
  public init(
    current: [PortfolioEntry], asOf: Day, earlier: [(asOf: Day, entries: [PortfolioEntry])]
  ) {
    let before = earlier.filter { $0.asOf < asOf }.sorted { $0.asOf < $1.asOf }
    let all =
      before.map { Run(asOf: $0.asOf, entries: $0.entries) } + [Run(asOf: asOf, entries: current)]
    runs = Array(all.suffix(Self.runLimit))
    previousAsOf = before.last?.asOf
    let previous = Dictionary(
      (before.last?.entries ?? []).filter(\.isValid).map { ($0.folder, $0) },
      uniquingKeysWith: { first, _ in first })
    var changes: [String: Change] = [:]
    for entry in current where entry.isValid {
      guard let then = previous[entry.folder], let from = then.rag, let to = entry.rag
      else { continue }
      let known = Set(then.criticalRiskIDs)
      changes[entry.folder] = Change(
        score: ScoreChange(from: then.overall, to: entry.overall, fromRAG: from, toRAG: to),
        newCriticalRisks: entry.criticalRiskIDs.filter { !known.contains($0) })
    }
    self.changes = changes
    unmatched = current.filter { $0.isValid && changes[$0.folder] == nil }.count
  }

  /// `entry` since the previous run; nil when it was not evaluated then (or now).
  public func change(of entry: PortfolioEntry) -> Change? { changes[entry.folder] }

  /// Clients whose overall score rose since the previous run.
  public var improved: Int { changes.values.filter { ($0.score.delta ?? 0) > 0 }.count }
  /// Clients whose overall score fell since the previous run.
  public var worsened: Int { changes.values.filter { ($0.score.delta ?? 0) < 0 }.count }
  /// Clients red now that were amber or green in the previous run.
  public var wentRed: Int {
    changes.values.filter { $0.score.toRAG == .red && $0.score.fromRAG != .red }.count
  }
}

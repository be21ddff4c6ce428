/// What the history adds to a report: the comparison with the previous snapshot and the trend.
public struct ReportHistory: Sendable, Equatable {
  /// The comparison with the latest snapshot dated before as-of; nil on the first report.
  public var changes: Changes?
  /// Every snapshot of the programme, this one included, oldest first.
  public var trend: [TrendPoint]
  public init(changes: Changes?, trend: [TrendPoint]) {
    self.changes = changes
    self.trend = trend
  }
}

/// One snapshot's scores on the trend chart.
public struct TrendPoint: Sendable, Equatable {
  public var asOf: Day
  public var overall: ScoreRAG
  /// The phases in roadmap order.
  public var phases: [Snapshot.Phase]
  public init(asOf: Day, overall: ScoreRAG, phases: [Snapshot.Phase]) {
    self.asOf = asOf
    self.overall = overall
    self.phases = phases
  }

  public init(_ snapshot: Snapshot) {
    self.init(asOf: snapshot.asOf, overall: snapshot.overall, phases: snapshot.phases)
  }
}

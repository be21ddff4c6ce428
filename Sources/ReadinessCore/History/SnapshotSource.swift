/// Where a programme's earlier snapshots are read from: the history database
/// (`ReadinessHistory`'s `HistoryStore`), or memory in tests. The comparison and the trend a
/// report shows are assembled from it here in the core (`ReportHistory(for:from:)`).
public protocol SnapshotSource {
  associatedtype Failure: Error

  /// The programme's snapshot of `day`, nil when there is none.
  func snapshot(of programme: String, at day: Day) throws(Failure) -> Snapshot?
  /// The programme's latest snapshot dated before `day`, nil when there is none.
  func latest(of programme: String, before day: Day) throws(Failure) -> Snapshot?
  /// Every snapshot's scores for the programme, oldest first.
  func trend(of programme: String) throws(Failure) -> [TrendPoint]
  /// The slugs of the programmes with snapshots, sorted.
  func programmes() throws(Failure) -> [String]
}

extension ReportHistory {
  /// What `source` adds to the report that makes `snapshot`: the changes since the latest
  /// snapshot dated before it ("since last report"), and the trend with `snapshot` in place of
  /// any stored one of its day.
  public init<Source: SnapshotSource>(for snapshot: Snapshot, from source: Source)
    throws(Source.Failure)
  {
    let previous = try source.latest(of: snapshot.programme, before: snapshot.asOf)
    let stored = try source.trend(of: snapshot.programme).filter { $0.asOf != snapshot.asOf }
    self.init(
      changes: previous.map { Changes.between($0, snapshot) },
      trend: (stored + [TrendPoint(snapshot)]).sorted { $0.asOf < $1.asOf })
  }
}

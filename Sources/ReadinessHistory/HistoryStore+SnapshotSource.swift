import ReadinessCore

/// The history database is where a report's comparison and trend come from.
extension HistoryStore: SnapshotSource {}

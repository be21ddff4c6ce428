import ReadinessCore

/// The history database: one snapshot per programme and as-of, in SQLite (WAL, busy timeout),
/// so that reports running at once queue for the write lock instead of failing.
/// A file that is not a database, or that a newer version wrote, is never written to.
public final class HistoryStore {
  let file: SQLiteFile
  public var path: String { file.path }

  /// Opens (or creates) the history at `path` and brings its schema up to date.
  public init(path: String) throws(HistoryError) {
    file = try SQLiteFile(path: path, schema: HistorySchema.schema)
  }
}

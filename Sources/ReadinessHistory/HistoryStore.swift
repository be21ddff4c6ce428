import ReadinessCore

/// The history database: one snapshot per programme and as-of, in SQLite (WAL, a short busy
/// timeout), so that reports running at once queue for the write lock instead of failing.
/// A file that is not this tool's history, or that a newer version wrote, is never written to;
/// reading never writes (`SQLiteFile`).
public final class HistoryStore {
  let file: SQLiteFile
  public var path: String { file.path }

  /// Opens the history at `path`. `forWriting` (a report): creates it when there is none and
  /// checks that it can be written; recording brings its schema up to date. Otherwise (`diff`)
  /// it is only read, and must exist.
  public init(path: String, forWriting: Bool) throws(HistoryError) {
    file = try SQLiteFile(path: path, schema: HistorySchema.schema, forWriting: forWriting)
  }
}

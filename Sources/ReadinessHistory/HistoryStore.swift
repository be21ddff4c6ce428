import GRDB
import ReadinessCore

/// The history database: one snapshot per programme and as-of, in SQLite (WAL, busy timeout),
/// so that reports running at once queue for the write lock instead of failing.
/// A file that is not a database, or that a newer version wrote, is never written to.
public final class HistoryStore {
  public let path: String
  let pool: DatabasePool

  /// Opens (or creates) the history at `path` and brings its schema up to date.
  public init(path: String) throws(HistoryError) {
    self.path = path
    pool = try SQLiteFile.open(path, migrator: HistorySchema.migrator)
  }

  /// Runs `body` and turns SQLite's errors into `HistoryError`s naming the file.
  func attempt<T>(_ body: () throws -> T) throws(HistoryError) -> T {
    try SQLiteFile.attempt(path, body)
  }
}

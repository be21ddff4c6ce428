import GRDB
import ReadinessCore

/// The history database: one snapshot per programme and as-of, in SQLite (WAL, busy timeout),
/// so that reports running at once queue for the write lock instead of failing.
/// A file that is not a database, or that a newer version wrote, is never written to.
public final class HistoryStore {
  public let path: String
  let pool: DatabasePool

  /// How long a writer waits for another one's lock before giving up, in seconds.
  static let busyTimeout: Double = 60

  /// Opens (or creates) the history at `path` and brings its schema up to date.
  public init(path: String) throws(HistoryError) {
    self.path = path
    var configuration = Configuration()
    configuration.busyMode = .timeout(Self.busyTimeout)
    do {
      try Self.probe(path, configuration)
      pool = try DatabasePool(path: path, configuration: configuration)
    } catch let error as HistoryError {
      throw error
    } catch {
      throw Self.error(error, path: path)
    }
    try migrate()
  }

  /// Reads the file without changing it (a pool would switch it to WAL first, rewriting its
  /// header): it must be a database whose migrations this version all knows.
  private static func probe(_ path: String, _ configuration: Configuration) throws {
    let queue = try DatabaseQueue(path: path, configuration: configuration)
    defer { try? queue.close() }
    if try queue.read({ try HistorySchema.migrator.hasBeenSuperseded($0) }) {
      throw HistoryError.newerSchema(path: path)
    }
  }

  /// Runs the migrations. Two processes creating one new file may race on the first
  /// migration: the loser finds it done and goes on.
  private func migrate() throws(HistoryError) {
    let migrator = HistorySchema.migrator
    do {
      do {
        try migrator.migrate(pool)
      } catch {
        guard try pool.read({ try migrator.hasCompletedMigrations($0) }) else { throw error }
      }
    } catch let error as HistoryError {
      throw error
    } catch {
      throw Self.error(error, path: path)
    }
  }

  /// Runs `body` and turns SQLite's errors into `HistoryError`s naming the file.
  func attempt<T>(_ body: () throws -> T) throws(HistoryError) -> T {
    do {
      return try body()
    } catch let error as HistoryError {
      throw error
    } catch {
      throw Self.error(error, path: path)
    }
  }

  static func error(_ error: any Error, path: String) -> HistoryError {
    if let database = error as? DatabaseError, database.resultCode == .SQLITE_NOTADB {
      return .notADatabase(path: path)
    }
    if let database = error as? DatabaseError {
      return .failed(path: path, reason: database.message ?? "\(database.resultCode)")
    }
    return .failed(path: path, reason: "\(error)")
  }
}

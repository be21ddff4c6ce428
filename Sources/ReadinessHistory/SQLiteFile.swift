import GRDB

/// Opening an SQLite file the way every store of this module does: WAL, a busy timeout so that
/// writers queue, and migrations brought up to date, but only after a read-only look has shown
/// the file to be a database whose migrations this version all knows. A file that is not one
/// is never written to.
enum SQLiteFile {
  /// How long a writer waits for another one's lock before giving up, in seconds.
  static let busyTimeout: Double = 60

  /// Opens (or creates) the database at `path` and migrates it with `migrator`.
  static func open(_ path: String, migrator: DatabaseMigrator) throws(HistoryError)
    -> DatabasePool
  {
    var configuration = Configuration()
    configuration.busyMode = .timeout(busyTimeout)
    let pool: DatabasePool
    do {
      try probe(path, configuration, migrator)
      pool = try DatabasePool(path: path, configuration: configuration)
    } catch let error as HistoryError {
      throw error
    } catch {
      throw Self.error(error, path: path)
    }
    try migrate(pool, path: path, migrator: migrator)
    return pool
  }

  /// Reads the file without changing it (a pool would switch it to WAL first, rewriting its
  /// header): it must be a database whose migrations this version all knows.
  private static func probe(
    _ path: String, _ configuration: Configuration, _ migrator: DatabaseMigrator
  ) throws {
    let queue = try DatabaseQueue(path: path, configuration: configuration)
    defer { try? queue.close() }
    if try queue.read({ try migrator.hasBeenSuperseded($0) }) {
      throw HistoryError.newerSchema(path: path)
    }
  }

  /// Runs the migrations. Two processes creating one new file may race on the first
  /// migration: the loser finds it done and goes on.
  private static func migrate(_ pool: DatabasePool, path: String, migrator: DatabaseMigrator)
    throws(HistoryError)
  {
    do {
      do {
        try migrator.migrate(pool)
      } catch {
        guard try pool.read({ try migrator.hasCompletedMigrations($0) }) else { throw error }
      }
    } catch {
      throw Self.error(error, path: path)
    }
  }

  /// Runs `body` and turns SQLite's errors into `HistoryError`s naming the file.
  static func attempt<T>(_ path: String, _ body: () throws -> T) throws(HistoryError) -> T {
    do {
      return try body()
    } catch let error as HistoryError {
      throw error
    } catch {
      throw Self.error(error, path: path)
    }
  }

  static func error(_ error: any Error, path: String) -> HistoryError {
    if let error = error as? HistoryError { return error }
    if let database = error as? DatabaseError, database.resultCode == .SQLITE_NOTADB {
      return .notADatabase(path: path)
    }
    if let database = error as? DatabaseError {
      return .failed(path: path, reason: database.message ?? "\(database.resultCode)")
    }
    return .failed(path: path, reason: "\(error)")
  }
}

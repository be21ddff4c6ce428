import Foundation
import GRDB

/// One SQLite file opened the way every store of this module opens it. Opening only reads: the
/// file must be a regular, non-empty database of this store (its application id, or its tables)
/// whose migrations this version all knows, and a new file appears complete or not at all. Reads
/// use a connection that cannot write and leaves no `-wal` or `-shm` behind (`reading`); only
/// `write` opens the file for writing (WAL, migrations), and only when opened `forWriting`. A
/// lock held by another process is waited for a few seconds, then reported. Every error is a
/// `HistoryError` naming the file.
struct SQLiteFile: Sendable {
  /// How long a reader or a writer waits for another process's lock before giving up, in seconds.
  static let lockWait = 5

  let path: String
  private let schema: StoreSchema
  private let forWriting: Bool

  /// Opens the database at `path` of `schema`. `forWriting`: creates it when there is none, and
  /// checks that this user may write it and its folder; otherwise it must exist.
  init(path: String, schema: StoreSchema, forWriting: Bool) throws(HistoryError) {
    self.path = path
    self.schema = schema
    self.forWriting = forWriting
    do {
      if try !Self.exists(path) {
        guard forWriting else { throw HistoryError.failed(path: path, reason: "no such file") }
        try Self.create(path, schema)
      }
      try Self.reading(path) { db in try Self.checkOwnership(db, path: path, schema: schema) }
      if forWriting { try Self.checkWritable(path) }
    } catch {
      throw Self.error(error, path: path)
    }
  }

  /// Runs `body` in a read transaction that writes nothing (`reading`).
  func read<T>(_ body: (Database) throws -> T) throws(HistoryError) -> T {
    try attempt { try Self.reading(path, body) }
  }

  /// Brings the schema up to date, then runs `body` in one immediate write transaction: all of
  /// it is written, or none. A file opened only for reading is never written.
  func write(_ body: (Database) throws -> Void) throws(HistoryError) {
    guard forWriting else { throw .readOnly(path: path) }
    try attempt {
      try Self.reading(path) { try schema.checkColumns($0) }
      var configuration = Configuration()
      configuration.busyMode = .timeout(Double(Self.lockWait))
      let pool = try DatabasePool(path: path, configuration: configuration)
      defer { try? pool.close() }
      try Self.migrate(pool, schema.migrator)
      try pool.writeWithoutTransaction { db in
        try db.inTransaction(.immediate) {
          try body(db)
          return .commit
        }
      }
    }
  }

  /// Runs the migrations. Two processes writing one new file may race on the first migration:
  /// the loser finds it done and goes on.
  private static func migrate(_ pool: DatabasePool, _ migrator: DatabaseMigrator) throws {
    do {
      try migrator.migrate(pool)
    } catch {
      guard try pool.read({ try migrator.hasCompletedMigrations($0) }) else { throw error }
    }
  }

  /// Runs `body`, turning its errors into `HistoryError`s naming the file.
  private func attempt<T>(_ body: () throws -> T) throws(HistoryError) -> T {
    do { return try body() } catch { throw Self.error(error, path: path) }
  }

  /// What went wrong, for the user: a value or a table that is not as this version wrote it is
  /// an edited or damaged file, not a permissions problem.
  private static func error(_ error: any Error, path: String) -> HistoryError {
    switch error {
    case let error as HistoryError: return error
    case let error as StoredRow.Unreadable: return .unreadable(path: path, reason: error.reason)
    case let error as RowDecodingError: return .unreadable(path: path, reason: "\(error)")
    case let error as DatabaseError:
      let message = error.message ?? "\(error.resultCode)"
      switch error.resultCode {
      case .SQLITE_NOTADB: return .notADatabase(path: path)
      case .SQLITE_BUSY, .SQLITE_LOCKED: return .locked(path: path, seconds: lockWait)
      case .SQLITE_READONLY: return .readOnly(path: path)
      case .SQLITE_ERROR, .SQLITE_CORRUPT, .SQLITE_MISMATCH:
        return .unreadable(path: path, reason: message)
      default: return .failed(path: path, reason: message)
      }
    default: return .failed(path: path, reason: "\(error)")
    }
  }
}

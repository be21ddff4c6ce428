import GRDB

/// One SQLite file opened the way every store of this module opens it: WAL, a busy timeout so
/// that writers queue, and migrations brought up to date, but only after a read-only look has
/// shown the file to be a database whose migrations this version all knows. A file that is not
/// one is never written to. Every read and write turns SQLite's errors into `HistoryError`s
/// naming the file.
struct SQLiteFile: Sendable {
  /// How long a writer waits for another one's lock before giving up, in seconds.
  static let busyTimeout: Double = 60

  let path: String
  private let pool: DatabasePool

  /// Opens (or creates) the database at `path` and migrates it to `schema`.
  init(path: String, schema: StoreSchema) throws(HistoryError) {
    self.path = path
    let migrator = schema.migrator
    var configuration = Configuration()
    configuration.busyMode = .timeout(Self.busyTimeout)
    do {
      try Self.probe(path, configuration, migrator)
      pool = try DatabasePool(path: path, configuration: configuration)
    } catch {
      throw Self.error(error, path: path)
    }
    try Self.migrate(pool, path: path, migrator: migrator)
  }

  /// Runs `body` in a read transaction.
  func read<T>(_ body: (Database) throws -> T) throws(HistoryError) -> T {
    try attempt { try pool.read(body) }
  }

  /// Runs `body` in one immediate write transaction: all of it is written, or none.
  func write(_ body: (Database) throws -> Void) throws(HistoryError) {
    try attempt {
      try pool.writeWithoutTransaction { db in
        try db.inTransaction(.immediate) {
          try body(db)
          return .commit
        }
      }
    }
  }

  /// Inserts `rows` into `table`, each after the `keys` (the row's owner: a snapshot, a run)
  /// and its position in `rows`.
  static func insert(
    into table: String, keys: [(column: String, value: any DatabaseValueConvertible)],
    columns: [String], rows: [[(any DatabaseValueConvertible)?]], _ db: Database
  ) throws {
    let names = (keys.map(\.column) + ["position"] + columns).joined(separator: ", ")
    let marks = Array(repeating: "?", count: keys.count + 1 + columns.count)
    let statement = try db.makeStatement(
      sql: "INSERT INTO \(table) (\(names)) VALUES (\(marks.joined(separator: ", ")))")
    for (position, row) in rows.enumerated() {
      try statement.execute(arguments: StatementArguments(keys.map(\.value) + [position] + row))
    }
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

  /// Runs `body`, turning its errors into `HistoryError`s naming the file.
  private func attempt<T>(_ body: () throws -> T) throws(HistoryError) -> T {
    do { return try body() } catch { throw Self.error(error, path: path) }
  }

  private static func error(_ error: any Error, path: String) -> HistoryError {
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

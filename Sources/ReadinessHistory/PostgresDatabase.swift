import GRDB

/// A store in a PostgreSQL database (the tables in the location's schema, else the connection's
/// current one; a schema named and missing is created with the tables). Opening
/// only reads: the database must be empty (opened for writing, it then gets the schema) or hold
/// the store's tables, and every migration it records must be one this version knows. Each read
/// or write is one transaction on the store's connection (`PostgresLink`); a write takes a transaction-scoped advisory
/// lock per programme, so two runs of one programme take turns, and a connection lost midway
/// leaves the database as it was.
struct PostgresDatabase: HistoryDatabase {
  let location: PostgresLocation
  let schema: StoreSchema
  let forWriting: Bool
  private let link: PostgresLink
  var name: String { location.description }

  init(location: PostgresLocation, schema: StoreSchema, forWriting: Bool) throws(HistoryError) {
    (self.location, self.schema, self.forWriting) = (location, schema, forWriting)
    link = PostgresLink(location)
    let name = location.description
    let known = try transaction(Self.readOnly) { db in try Self.isStore(db, schema, name: name) }
    if !known {
      guard forWriting else {
        throw .notAHistory(path: name, reason: "the database holds no history yet")
      }
      try writeTransaction(locking: "") { _ in }
    }
  }

  /// A read sees one state of the database however many queries it makes.
  private static let readOnly = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"

  func readTransaction<T>(_ body: (any StoreTransaction) throws -> T) throws(HistoryError) -> T {
    try transaction(Self.readOnly, body)
  }

  func writeTransaction(locking lock: String, _ body: (any StoreTransaction) throws -> Void)
    throws(HistoryError)
  {
    guard forWriting else { throw .readOnly(path: name) }
    // READ COMMITTED whatever the server's default: after waiting for the schema's lock, a
    // writer must see the tables the one before it created.
    try transaction("BEGIN ISOLATION LEVEL READ COMMITTED") { db in
      try db.execute("SET LOCAL lock_timeout = '\(PostgresSession.wait)s'", [])
      try migrate(db)
      try db.execute(
        "SELECT pg_advisory_xact_lock(hashtextextended(?, 0))",
        ["bsuid-readiness " + (location.schema.map { "\($0)." } ?? "") + lock])
      try body(db)
    }
  }

  /// Runs `body` between `begin` and `COMMIT` on the store's connection; any failure rolls back
  /// (the server does so too when the connection is lost).
  private func transaction<T>(_ begin: String, _ body: (PostgresSession) throws -> T)
    throws(HistoryError) -> T
  {
    do {
      return try link.use { session in
        try session.execute(begin, [])
        // Per transaction, not per connection: behind a pooler (PgBouncer's transaction
        // mode) the next transaction may run on another server connection.
        if let schema = location.schema {
          try session.execute("SET LOCAL search_path TO \(PostgresSession.quoted(schema))", [])
        }
        do {
          let value = try body(session)
          try session.execute("COMMIT", [])
          return value
        } catch {
          if !PostgresErrors.endedConnection(error) { session.rollBack() }
          throw error
        }
      }
    } catch {
      throw PostgresErrors.historyError(error, name: name)
    }
  }

  /// Whether the database at `location` has the schema `schema`.
  static func exists(schema: String, at location: PostgresLocation) throws(HistoryError) -> Bool {
    do {
      let session = try PostgresSession(location)
      defer { session.close() }
      return try !session.fetch("SELECT 1 FROM pg_namespace WHERE nspname = ?", [schema]).isEmpty
    } catch {
      throw PostgresErrors.historyError(error, name: location.description)
    }
  }

  /// Whether `db` holds the store (false: it is empty). Throws when it holds another
  /// application's tables, or migrations of a newer version.
  private static func isStore(_ db: PostgresSession, _ schema: StoreSchema, name: String) throws
    -> Bool
  {
    let tables = Set(
      try db.fetch(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()",
        []
      ).compactMap { $0["table_name"].flatMap(String.fromDatabaseValue) })
    if tables.isEmpty { return false }
    let first = PostgresDialect.tables(createdBy: schema.migrations[0].sql).union([
      "grdb_migrations"
    ])
    guard tables.isSuperset(of: first) else {
      throw HistoryError.notAHistory(
        path: name, reason: "it holds other tables than a history's")
    }
    let done = try db.fetch("SELECT identifier FROM grdb_migrations", []).compactMap {
      $0["identifier"].flatMap(String.fromDatabaseValue)
    }
    guard Set(done).isSubset(of: schema.migrations.map(\.name)) else {
      throw HistoryError.newerSchema(path: name)
    }
    return true
  }

  /// Runs the migrations `db` lacks, in its transaction. Writers that find some missing take
  /// turns (an advisory lock), so the second finds them done.
  private func migrate(_ db: PostgresSession) throws {
    func missing() throws -> [(name: String, sql: String)] {
      _ = try Self.isStore(db, schema, name: name)
      let done =
        try db.tableExists("grdb_migrations")
        ? try db.fetch("SELECT identifier FROM grdb_migrations", []).compactMap {
          $0["identifier"].flatMap(String.fromDatabaseValue)
        } : []
      return schema.migrations.filter { !done.contains($0.name) }
    }
    guard try !missing().isEmpty else { return }
    try db.execute(
      "SELECT pg_advisory_xact_lock(hashtextextended(?, 0))",
      ["bsuid-readiness schema " + (location.schema ?? "")])
    if let schema = location.schema {
      try db.execute("CREATE SCHEMA IF NOT EXISTS \(PostgresSession.quoted(schema))", [])
    }
    let todo = try missing()
    if todo.count == schema.migrations.count {
      try db.execute(
        "CREATE TABLE IF NOT EXISTS grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)", [])
    }
    // Each migration is one anonymous block: one round trip for all its statements (a
    // portfolio's first run creates a schema per client).
    for migration in todo {
      let statements = PostgresDialect.statements(migration.sql).map { $0 + ";" }
      try db.execute("DO $$BEGIN\n\(statements.joined(separator: "\n"))\nEND$$", [])
      try db.execute("INSERT INTO grdb_migrations (identifier) VALUES (?)", [migration.name])
    }
  }
}

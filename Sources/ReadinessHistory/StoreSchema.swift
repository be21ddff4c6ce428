import GRDB

/// A store's tables as migrations, one per schema version, oldest first (docs/history.md), and
/// the application id that marks its files. A file whose migrations this version does not all
/// know is never written to (`SQLiteFile`).
struct StoreSchema: Sendable {
  /// Written into the header of every file this version creates (`PRAGMA application_id`), so
  /// that a store is told from another application's database. Files from before it hold 0 and
  /// are told by their tables.
  let applicationID: Int32
  /// Each version's name (`v1`, …) and the SQL that brings the previous version to it.
  let migrations: [(name: String, sql: String)]

  var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    for migration in migrations {
      migrator.registerMigration(migration.name) { db in try db.execute(sql: migration.sql) }
    }
    return migrator
  }

  /// The tables every file of the store holds: those of the first migration, and GRDB's record
  /// of the migrations run. Worked out on an empty database in memory.
  func firstTables() throws -> Set<String> {
    try migrated(upTo: migrations[0].name).read(Self.tables)
  }

  /// Throws `StoredRow.Unreadable` naming the first table or column that the migrations `db`
  /// records created and that it no longer holds (renamed or dropped by hand). Checked before a
  /// file is written: a write that fails after opening it for writing has already changed its
  /// header (GRDB's WAL set-up creates and drops a table).
  func checkColumns(_ db: Database) throws {
    let applied = try migrator.appliedIdentifiers(db)
    guard let last = migrations.last(where: { applied.contains($0.name) })?.name else { return }
    let found = try Self.columns(db)
    let expected = try migrated(upTo: last).read(Self.columns)
    for (table, columns) in expected.sorted(by: { $0.key < $1.key }) {
      guard let present = found[table] else {
        throw StoredRow.Unreadable(reason: "the table \(table) is missing")
      }
      if let column = columns.sorted().first(where: { !present.contains($0) }) {
        throw StoredRow.Unreadable(reason: "table \(table) has no column \(column)")
      }
    }
  }

  /// An empty database in memory with the migrations up to `name` run.
  private func migrated(upTo name: String) throws -> DatabaseQueue {
    let memory = try DatabaseQueue()
    try migrator.migrate(memory, upTo: name)
    return memory
  }

  /// Each table's columns in `db`.
  private static func columns(_ db: Database) throws -> [String: Set<String>] {
    var columns: [String: Set<String>] = [:]
    for table in try tables(db) {
      columns[table] = Set(try db.columns(in: table).map(\.name))
    }
    return columns
  }

  /// The names of the tables in `db`.
  static func tables(_ db: Database) throws -> Set<String> {
    Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'"))
  }
}

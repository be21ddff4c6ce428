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
    let memory = try DatabaseQueue()
    try migrator.migrate(memory, upTo: migrations[0].name)
    return try memory.read(Self.tables)
  }

  /// The names of the tables in `db`.
  static func tables(_ db: Database) throws -> Set<String> {
    Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'"))
  }
}

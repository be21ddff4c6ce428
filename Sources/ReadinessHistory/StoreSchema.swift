import GRDB

/// A store's tables as migrations, one per schema version, oldest first (docs/history.md). A
/// file whose migrations this version does not all know is never written to (`SQLiteFile`).
struct StoreSchema: Sendable {
  /// Each version's name (`v1`, …) and the SQL that brings the previous version to it.
  let migrations: [(name: String, sql: String)]

  var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    for migration in migrations {
      migrator.registerMigration(migration.name) { db in try db.execute(sql: migration.sql) }
    }
    return migrator
  }
}

/// Where a history's transactions run: an SQLite file (`SQLiteFile`) or a PostgreSQL database
/// (`PostgresDatabase`). `HistoryStore` writes its queries once, against this.
protocol HistoryDatabase: Sendable {
  /// The file's path, or the database's URL without its password: what messages name.
  var name: String { get }
  /// Runs `body` in a transaction that writes nothing.
  func readTransaction<T>(_ body: (any StoreTransaction) throws -> T) throws(HistoryError) -> T
  /// Brings the schema up to date, then runs `body` in one transaction: all of it is written,
  /// or none. Writers of one `lock` (a programme) take turns; a database opened only for
  /// reading is never written.
  func writeTransaction(locking lock: String, _ body: (any StoreTransaction) throws -> Void)
    throws(HistoryError)
}

extension SQLiteFile: HistoryDatabase {
  var name: String { path }

  func readTransaction<T>(_ body: (any StoreTransaction) throws -> T) throws(HistoryError) -> T {
    try read { db in try body(SQLiteTransaction(db: db)) }
  }

  /// SQLite's write transaction is immediate: it holds the whole file, so `lock` needs nothing.
  func writeTransaction(locking lock: String, _ body: (any StoreTransaction) throws -> Void)
    throws(HistoryError)
  {
    try write { db in try body(SQLiteTransaction(db: db)) }
  }
}

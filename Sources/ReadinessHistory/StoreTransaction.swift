import GRDB

/// One transaction of a store's database, SQLite's (GRDB) or PostgreSQL's (PostgresNIO): the
/// history's queries are written once, with `?` for their arguments, and run on either. Rows
/// come back as `StoredRow`s, checked column by column whatever the engine.
protocol StoreTransaction {
  /// The rows `sql` returns from `table` (named in errors about their values).
  func rows(_ table: String, _ sql: String, _ arguments: [(any DatabaseValueConvertible)?]) throws
    -> [StoredRow]
  /// Runs `sql`, which returns no rows.
  func execute(_ sql: String, _ arguments: [(any DatabaseValueConvertible)?]) throws
  /// Whether the database has the table (a file read without migrating it may lack newer ones).
  func tableExists(_ table: String) throws -> Bool
}

extension StoreTransaction {
  /// Inserts `rows` into `table`, each after the `keys` (the row's owner: a snapshot, a
  /// baseline) and its position in `rows`. Column names are quoted (`end` is a keyword).
  func insert(
    into table: String, keys: [(column: String, value: any DatabaseValueConvertible)],
    columns: [String], rows: [[(any DatabaseValueConvertible)?]]
  ) throws {
    let names = (keys.map(\.column) + ["position"] + columns).map { "\"\($0)\"" }
    let marks = Array(repeating: "?", count: names.count)
    let sql =
      "INSERT INTO \(table) (\(names.joined(separator: ", "))) VALUES (\(marks.joined(separator: ", ")))"
    for (position, row) in rows.enumerated() {
      try execute(sql, keys.map(\.value) + [position] + row)
    }
  }

  /// Runs an `INSERT … RETURNING id` and gives the new row's id.
  func insertReturningID(
    _ table: String, _ sql: String, _ arguments: [(any DatabaseValueConvertible)?]
  )
    throws -> Int64
  {
    guard let row = try rows(table, sql + " RETURNING id", arguments).first else {
      throw StoredRow.Unreadable(reason: "\(table) gave no id for a new row")
    }
    return try row.value("id")
  }
}

/// A GRDB connection inside one of `SQLiteFile`'s transactions.
struct SQLiteTransaction: StoreTransaction {
  let db: Database

  func rows(_ table: String, _ sql: String, _ arguments: [(any DatabaseValueConvertible)?]) throws
    -> [StoredRow]
  {
    try Row.fetchAll(db.cachedStatement(sql: sql), arguments: StatementArguments(arguments))
      .map { StoredRow(row: $0, table: table) }
  }

  func execute(_ sql: String, _ arguments: [(any DatabaseValueConvertible)?]) throws {
    try db.cachedStatement(sql: sql).execute(arguments: StatementArguments(arguments))
  }

  func tableExists(_ table: String) throws -> Bool { try db.tableExists(table) }
}

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
  /// Inserts `rows` into `table`, each after the `keys` (the row's owner: a snapshot, a
  /// baseline) and its position in `rows`.
  func insert(
    into table: String, keys: [(column: String, value: any DatabaseValueConvertible)],
    columns: [String], rows: [[(any DatabaseValueConvertible)?]]
  ) throws
}

extension StoreTransaction {
  /// `INSERT INTO table (keys, position, columns) VALUES` with `count` rows of marks, each in
  /// parentheses. Column names are quoted (`end` is a keyword).
  static func insertion(into table: String, keys: [String], columns: [String], count: Int)
    -> String
  {
    let names = (keys + ["position"] + columns).map { "\"\($0)\"" }
    let marks = "(" + Array(repeating: "?", count: names.count).joined(separator: ", ") + ")"
    let values = Array(repeating: marks, count: count).joined(separator: ", ")
    return "INSERT INTO \(table) (\(names.joined(separator: ", "))) VALUES \(values)"
  }

  /// The values of `rows` for `insertion`: each row's keys, its position in the whole list,
  /// then its own values.
  static func insertionArguments(
    keys: [(column: String, value: any DatabaseValueConvertible)],
    rows: ArraySlice<[(any DatabaseValueConvertible)?]>
  ) -> [(any DatabaseValueConvertible)?] {
    var arguments: [(any DatabaseValueConvertible)?] = []
    for (position, row) in zip(rows.indices, rows) {
      arguments += keys.map(\.value) as [(any DatabaseValueConvertible)?]
      arguments += [position] + row
    }
    return arguments
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

  /// One prepared statement run for each row: SQLite has no round trip to save.
  func insert(
    into table: String, keys: [(column: String, value: any DatabaseValueConvertible)],
    columns: [String], rows: [[(any DatabaseValueConvertible)?]]
  ) throws {
    let sql = Self.insertion(into: table, keys: keys.map(\.column), columns: columns, count: 1)
    for position in rows.indices {
      try execute(sql, Self.insertionArguments(keys: keys, rows: rows[position...position]))
    }
  }
}

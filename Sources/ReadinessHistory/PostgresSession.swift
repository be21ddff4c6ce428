import Dispatch
import GRDB
import PostgresNIO

/// One connection to a PostgreSQL history, used synchronously as the CLI uses SQLite: each call
/// waits for PostgresNIO's answer. Arguments are written `?` as for SQLite and numbered here;
/// values come back as SQLite's kinds (whole numbers, numbers, text, NULL), so that `StoredRow`
/// checks them the same way.
final class PostgresSession: StoreTransaction {
  /// How long connecting, or waiting for another run's lock, may take, in seconds.
  static let wait = 5
  /// PostgresNIO's own log: only what it thinks critical (every failure reaches the user as
  /// a `HistoryError` anyway).
  private static let logger = {
    var logger = Logger(label: "bsuid-readiness.history")
    logger.logLevel = .critical
    return logger
  }()

  private let connection: PostgresConnection

  /// Connects to `location` (TLS as its `sslmode` says).
  init(_ location: PostgresLocation) throws {
    let configuration = try Self.configuration(location)
    connection = try Self.wait {
      try await PostgresConnection.connect(
        configuration: configuration, id: 1, logger: Self.logger)
    }
  }

  /// `name` as a quoted identifier.
  static func quoted(_ name: String) -> String {
    "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// Closes the connection (PostgresNIO requires it before the connection is released). The
  /// server rolls back a transaction left open.
  func close() {
    let connection = connection
    _ = try? Self.wait(seconds: Self.wait) { try await connection.close() }
  }

  func rows(_ table: String, _ sql: String, _ arguments: [(any DatabaseValueConvertible)?]) throws
    -> [StoredRow]
  {
    try fetch(sql, arguments).map { StoredRow(row: Row($0.mapValues { $0 }), table: table) }
  }

  func execute(_ sql: String, _ arguments: [(any DatabaseValueConvertible)?]) throws {
    _ = try fetch(sql, arguments)
  }

  /// Rows in statements of up to `batch`, each one round trip to the server (a snapshot of a
  /// hundred tasks would otherwise be a hundred).
  func insert(
    into table: String, keys: [(column: String, value: any DatabaseValueConvertible)],
    columns: [String], rows: [[(any DatabaseValueConvertible)?]]
  ) throws {
    let batch = max(1, 30_000 / (keys.count + 1 + columns.count))
    for start in stride(from: rows.startIndex, to: rows.endIndex, by: batch) {
      let part = rows[start..<min(start + batch, rows.endIndex)]
      let sql = Self.insertion(
        into: table, keys: keys.map(\.column), columns: columns, count: part.count)
      try execute(sql, Self.insertionArguments(keys: keys, rows: part))
    }
  }

  func tableExists(_ table: String) throws -> Bool {
    try !fetch(
      "SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema()"
        + " AND table_name = ?", [table]
    ).isEmpty
  }

  /// Ends the transaction without keeping it, waiting a few seconds at most: after a failure
  /// the connection may be on its way out (the server rolls back what it loses anyway).
  func rollBack() {
    guard !connection.isClosed else { return }
    _ = try? fetch("ROLLBACK", [], seconds: Self.wait)
  }

  /// The rows of `sql`, each a column name → value dictionary.
  func fetch(_ sql: String, _ arguments: [(any DatabaseValueConvertible)?], seconds: Int = 120)
    throws -> [[String: DatabaseValue]]
  {
    var bindings = PostgresBindings()
    for argument in arguments {
      switch (argument?.databaseValue ?? .null).storage {
      case .null: bindings.appendNull()
      case .int64(let value): try bindings.append(value)
      case .double(let value): try bindings.append(value)
      case .string(let value): try bindings.append(value)
      case .blob(let value): try bindings.append(ByteBuffer(bytes: value))
      }
    }
    let query = PostgresQuery(unsafeSQL: Self.numbered(sql), binds: bindings)
    let connection = connection
    return try Self.wait(seconds: seconds) {
      var rows: [[String: DatabaseValue]] = []
      for try await row in try await connection.query(query, logger: Self.logger) {
        var values: [String: DatabaseValue] = [:]
        for cell in row { values[cell.columnName] = try Self.value(cell) }
        rows.append(values)
      }
      return rows
    }
  }

  /// `sql` with its `?` marks numbered `$1`, `$2`… (the stores' SQL holds no `?` in a literal).
  static func numbered(_ sql: String) -> String {
    var count = 0
    return sql.split(separator: "?", omittingEmptySubsequences: false).enumerated().map {
      index, part in
      guard index > 0 else { return String(part) }
      count += 1
      return "$\(count)" + part
    }.joined()
  }

  /// A cell as the value SQLite would hold: booleans 0 or 1, every integer 64-bit.
  private static func value(_ cell: PostgresCell) throws -> DatabaseValue {
    guard cell.bytes != nil else { return .null }
    switch cell.dataType {
    case .int2, .int4, .int8: return try cell.decode(Int64.self).databaseValue
    case .float4, .float8: return try cell.decode(Double.self).databaseValue
    case .bool: return try (cell.decode(Bool.self) ? 1 : 0).databaseValue
    default: return try cell.decode(String.self).databaseValue
    }
  }

  /// Runs `body` on Swift's concurrency pool and waits for it on this thread (the CLI's, never
  /// one of the pool's), `seconds` at most (a statement's own waits are bounded by the server's
  /// lock_timeout; this bounds a connection that stops answering): then it is given up, and the
  /// connection with it.
  static func wait<T: Sendable>(
    seconds: Int = 120, _ body: @escaping @Sendable () async throws -> T
  ) throws -> T {
    let outcome = Outcome<T>()
    let task = Task {
      do { outcome.finish(.success(try await body())) } catch { outcome.finish(.failure(error)) }
    }
    guard outcome.done.wait(timeout: .now() + .seconds(seconds)) == .success else {
      task.cancel()
      throw Unanswered(seconds: seconds)
    }
    return try outcome.result!.get()
  }

  /// The server did not answer within the time allowed.
  struct Unanswered: Error, CustomStringConvertible {
    let seconds: Int
    var description: String { "the server did not answer within \(seconds) s" }
  }

  /// What a waited-for task gave; written by the task before it signals, read after.
  private final class Outcome<T>: @unchecked Sendable {
    var result: Result<T, any Error>?
    let done = DispatchSemaphore(value: 0)

    func finish(_ result: Result<T, any Error>) {
      self.result = result
      done.signal()
    }
  }
}

import ReadinessCore

/// The history database: one snapshot per programme and as-of, in an SQLite file (WAL, a short
/// busy timeout, so that reports running at once queue for the write lock) or in PostgreSQL
/// (a transaction-scoped lock per programme). Its queries are the same on both. A database
/// that is not this tool's history, or that a newer version wrote, is never written to;
/// reading never writes.
public final class HistoryStore: Sendable {
  let database: any HistoryDatabase
  /// The file's path, or the PostgreSQL URL without its password.
  public var path: String { database.name }

  /// Opens the history at `path`. `forWriting` (a report): creates it when there is none and
  /// checks that it can be written; recording brings its schema up to date. Otherwise (`diff`)
  /// it is only read, and must exist.
  public init(path: String, forWriting: Bool) throws(HistoryError) {
    database = try SQLiteFile(path: path, schema: HistorySchema.schema, forWriting: forWriting)
  }

  /// Opens the history in the PostgreSQL database at `location`; `forWriting` as above (a new,
  /// empty database gets the schema).
  public init(postgres location: PostgresLocation, forWriting: Bool) throws(HistoryError) {
    database = try PostgresDatabase(
      location: location, schema: HistorySchema.schema, forWriting: forWriting)
  }

  /// Whether the schema `location` names exists (`pg_namespace` lists every schema, whatever
  /// the role may read in it); true when it names none (the role's default schema).
  public static func schemaExists(_ location: PostgresLocation) throws(HistoryError) -> Bool {
    guard let schema = location.schema else { return true }
    return try PostgresDatabase.exists(schema: schema, at: location)
  }
}

import Foundation

/// Why the history file cannot be used. The file is left as it was in every case.
public enum HistoryError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file exists but is not an SQLite database.
  case notADatabase(path: String)
  /// The path is not a history of this tool: another application's database, an empty file, a
  /// link to nothing; `reason` says which.
  case notAHistory(path: String, reason: String)
  /// The file was written by a newer version of the tool (migrations this one does not know).
  case newerSchema(path: String)
  /// A value in the file cannot be read (a text where a number belongs, an unknown RAG, a
  /// missing column): the file was edited or damaged. `reason` names the table and column.
  case unreadable(path: String, reason: String)
  /// Another process kept the file locked for `seconds`.
  case locked(path: String, seconds: Int)
  /// The file, or its folder, cannot be written by this user; it can only be read.
  case readOnly(path: String)
  /// SQLite failed to open, read or write it.
  case failed(path: String, reason: String)
  /// The PostgreSQL server could not be reached, refused the user or the TLS it was asked for,
  /// lost the connection, or failed a query; nothing of the transaction was kept.
  case server(path: String, reason: String)

  public var path: String {
    switch self {
    case .notADatabase(let path), .notAHistory(let path, _), .newerSchema(let path),
      .unreadable(let path, _), .locked(let path, _), .readOnly(let path), .failed(let path, _),
      .server(let path, _):
      path
    }
  }

  public var description: String {
    let text = wording
    return PostgresLocation.isURL(path)
      ? text.replacingOccurrences(of: "history file or its folder", with: "history database")
        .replacingOccurrences(of: "history file", with: "history database")
        .replacingOccurrences(of: "this file", with: "this database") : text
  }

  private var wording: String {
    switch self {
    case .notADatabase: "this history file is not an SQLite database; it was left untouched"
    case .notAHistory(_, let reason):
      "this file is not a bsuid-readiness history (\(reason)); it was left untouched"
    case .newerSchema:
      "this history file was written by a newer bsuid-readiness; it was left untouched"
    case .unreadable(_, let reason):
      "this history file holds a value this version cannot read (\(reason)); it was left untouched"
    case .locked(_, let seconds):
      "this history file is locked by another process (waited \(seconds) s); it was left untouched"
    case .readOnly:
      "this history file or its folder cannot be written by this user; it was left untouched"
    case .failed(_, let reason): "cannot use this history file: \(reason)"
    case .server(_, let reason):
      "cannot use this history database (\(reason)); nothing of this run was recorded"
    }
  }
}

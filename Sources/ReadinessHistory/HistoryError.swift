/// Why the history file cannot be used. The file is left as it was in every case.
public enum HistoryError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file exists but is not an SQLite database.
  case notADatabase(path: String)
  /// The file was written by a newer version of the tool (migrations this one does not know).
  case newerSchema(path: String)
  /// SQLite failed to open, read or write it.
  case failed(path: String, reason: String)

  public var path: String {
    switch self {
    case .notADatabase(let path), .newerSchema(let path), .failed(let path, _): path
    }
  }

  public var description: String {
    switch self {
    case .notADatabase: "this history file is not an SQLite database; it was left untouched"
    case .newerSchema:
      "this history file was written by a newer bsuid-readiness; it was left untouched"
    case .failed(_, let reason): "cannot use this history file: \(reason)"
    }
  }
}

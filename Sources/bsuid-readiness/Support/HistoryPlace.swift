import Foundation
import ReadinessCore
import ReadinessHistory

/// Where a history is: an SQLite file, or a PostgreSQL database named by a URL. `--history`
/// wins, then the environment's `BSUID_READINESS_HISTORY`, then the command's default file. A
/// password may come in the variable's URL, never in a command line's (it shows in `ps`);
/// otherwise it is `PGPASSWORD`'s, or the password file's (`HistoryPassword`).
enum HistoryPlace {
  /// The file's path, as given.
  case file(String)
  case postgres(PostgresLocation)

  /// The environment variable that names the history when `--history` does not.
  static let variable = "BSUID_READINESS_HISTORY"

  /// The place `option` (`--history`) or the environment names; nil when neither does.
  static func named(_ option: String?) throws(CLIError) -> HistoryPlace? {
    if let option { return try parse(option, passwordAllowed: false, source: "--history") }
    guard let text = ProcessInfo.processInfo.environment[variable], !text.isEmpty else {
      return nil
    }
    return try parse(text, passwordAllowed: true, source: variable)
  }

  /// Usage error (64) when `text` is a URL that cannot be used; a plain path is a file.
  static func parse(_ text: String, passwordAllowed: Bool, source: String) throws(CLIError)
    -> HistoryPlace
  {
    guard PostgresLocation.isURL(text) else { return .file(text) }
    do {
      var location = try PostgresLocation(url: text, passwordAllowed: passwordAllowed)
      if location.password == nil { location.password = try HistoryPassword.find(for: location) }
      return .postgres(location)
    } catch let invalid as PostgresLocation.Invalid {
      throw CLIError(
        .usage, "\(source) cannot be used: \(invalid.reason)",
        hint: passwordAllowed
          ? "write postgres://user@host:port/database?sslmode=verify-full"
          : "write postgres://user@host:port/database; the password comes from"
            + " \(variable)'s URL, PGPASSWORD or ~/.pgpass")
    } catch let error as CLIError {
      throw error
    } catch {
      throw CLIError(.internalError, "\(error)")
    }
  }

  /// What messages name: the file's path, or the URL without its password.
  var name: String {
    switch self {
    case .file(let path): path
    case .postgres(let location): location.description
    }
  }

  /// A file's path made absolute (as `report` and `baseline` name it); a database as it is.
  var absolute: HistoryPlace {
    guard case .file(let path) = self else { return self }
    return .file(URL(fileURLWithPath: path).path)
  }

  /// Opens the history. A file's folder is created first when `forWriting`.
  func open(forWriting: Bool) throws(HistoryError) -> HistoryStore {
    switch self {
    case .file(let path): try HistoryStore(path: path, forWriting: forWriting)
    case .postgres(let location): try HistoryStore(postgres: location, forWriting: forWriting)
    }
  }
}

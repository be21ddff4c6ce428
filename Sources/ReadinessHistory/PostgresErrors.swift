import GRDB
import PostgresNIO

/// PostgresNIO's errors as `HistoryError`s for the user. PostgresNIO's own description is
/// deliberately vague (it could hold the query's values); the server's message and SQLSTATE, or
/// the network's error, say what happened and never hold the password.
enum PostgresErrors {
  static func historyError(_ error: any Error, name: String) -> HistoryError {
    switch error {
    case let error as HistoryError: return error
    case let error as StoredRow.Unreadable: return .unreadable(path: name, reason: error.reason)
    case let error as PSQLError: return historyError(error, name: name)
    default: return .server(path: name, reason: "\(error)")
    }
  }

  /// Whether `error` ended the connection (nothing more can be sent on it).
  static func endedConnection(_ error: any Error) -> Bool {
    guard let error = error as? PSQLError else { return false }
    switch error.code {
    case .server: return connectionState(error.serverInfo?[.sqlState] ?? "")
    case .connectionError, .serverClosedConnection, .uncleanShutdown: return true
    default: return false
    }
  }

  /// connection_exception, operator_intervention (a backend terminated, a shutdown).
  private static func connectionState(_ state: String) -> Bool {
    state.hasPrefix("08") || state.hasPrefix("57P")
  }

  private static func historyError(_ error: PSQLError, name: String) -> HistoryError {
    switch error.code {
    case .server:
      let state = error.serverInfo?[.sqlState] ?? ""
      let message = error.serverInfo?[.message] ?? "an error"
      switch state {
      // lock_not_available: another run kept its programme's lock past lock_timeout.
      case "55P03": return .locked(path: name, seconds: PostgresSession.wait)
      // read_only_sql_transaction, insufficient_privilege
      case "25006", "42501": return .readOnly(path: name)
      // undefined_table, undefined_column, datatype_mismatch, invalid_text_representation
      case "42P01", "42703", "42804", "22P02": return .unreadable(path: name, reason: message)
      case _ where connectionState(state):
        return .server(path: name, reason: "the connection failed or was lost: \(message)")
      default: return .server(path: name, reason: "the server said: \(message) (SQLSTATE \(state))")
      }
    case .sslUnsupported:
      return .server(
        path: name, reason: "the server does not offer TLS, which its sslmode requires")
    case .connectionError, .serverClosedConnection, .uncleanShutdown:
      if let tls = error.underlying as? NIOSSLExtraError, tls == .failedToValidateHostname {
        return .server(
          path: name,
          reason: "the server's certificate does not name the host of the URL;"
            + " sslmode=verify-full checks it (verify-ca does not)")
      }
      if let tls = error.underlying as? NIOSSLError, case .handshakeFailed = tls {
        return .server(
          path: name,
          reason: "the TLS handshake failed: the server's certificate is not signed by an"
            + " authority this machine trusts (or sslrootcert's), or does not name the host;"
            + " sslmode=verify-full checks both")
      }
      let cause = error.underlying.map { ": \($0)" } ?? ""
      return .server(path: name, reason: "the connection failed or was lost\(cause)")
    default:
      return .server(path: name, reason: "PostgreSQL client error \(error.code)")
    }
  }
}

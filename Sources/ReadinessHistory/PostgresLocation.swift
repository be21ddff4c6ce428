import Foundation

/// A PostgreSQL history named by a URL, `postgres://user@host:port/database?sslmode=…`, as libpq
/// reads one: `host` may be a Unix socket's folder (percent-encoded, or the `host` query
/// parameter), the port defaults to 5432, the database to the user. The password is never part
/// of `description`: it is printed and written nowhere.
public struct PostgresLocation: Sendable, Equatable, CustomStringConvertible {
  /// How the connection is secured, libpq's words. A TCP connection defaults to `verifyFull`.
  public enum SSLMode: String, Sendable, CaseIterable {
    case disable, prefer, require
    case verifyCA = "verify-ca"
    case verifyFull = "verify-full"
  }

  /// Why a URL cannot be used; `reason` is for the user and never holds the password.
  public struct Invalid: Error, Sendable, Equatable, CustomStringConvertible {
    public let reason: String
    public var description: String { reason }
  }

  public var user: String
  /// A host name or address, or a Unix socket's folder (it starts with `/`).
  public var host: String
  public var port: Int
  public var database: String
  public var sslMode: SSLMode
  /// A file of certificate authorities to trust instead of the system's (`sslrootcert`).
  public var rootCertificate: String?
  public var password: String?
  /// The schema the history's tables are in instead of the role's default (libpq's
  /// `options=-c search_path=NAME`); created on the first write. A portfolio keeps each
  /// client's history in a schema of its own (`client(_:)`).
  public var schema: String?

  /// Whether the server is reached through a Unix socket rather than TCP.
  public var isSocket: Bool { host.hasPrefix("/") }

  /// Whether `text` names a PostgreSQL history rather than an SQLite file.
  public static func isURL(_ text: String) -> Bool {
    text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
  }

  /// Reads `text`. A password in it is refused unless `passwordAllowed` (a command line's
  /// arguments show in `ps`; the environment's do not).
  public init(url text: String, passwordAllowed: Bool) throws(Invalid) {
    guard Self.isURL(text), let components = URLComponents(string: text) else {
      throw Invalid(reason: "not a postgres://user@host:port/database URL")
    }
    if components.percentEncodedPassword != nil, !passwordAllowed {
      throw Invalid(
        reason: "a password in a URL on the command line shows in `ps`; it was not used")
    }
    var query: [String: String] = [:]
    for item in components.queryItems ?? [] {
      guard let value = item.value, !value.isEmpty else {
        throw Invalid(reason: "the parameter '\(Self.clean(item.name))' has no value")
      }
      guard
        ["host", "port", "sslmode", "sslrootcert", "user", "dbname", "options"].contains(item.name)
      else {
        throw Invalid(reason: "unknown parameter '\(Self.clean(item.name))'")
      }
      query[item.name] = value
    }
    guard let host = query["host"] ?? components.host.flatMap({ $0.removingPercentEncoding }),
      !host.isEmpty
    else { throw Invalid(reason: "the URL names no host (a name, or a socket folder in ?host=)") }
    // An IPv6 address is written in brackets in a URL, not to the resolver.
    self.host =
      host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
    guard let user = query["user"] ?? components.user, !user.isEmpty else {
      throw Invalid(reason: "the URL names no user (postgres://user@host/database)")
    }
    self.user = user
    let portText = query["port"] ?? components.port.map(String.init)
    guard let port = portText.map({ Int($0) }) ?? 5432, (1...65535).contains(port) else {
      throw Invalid(reason: "the port must be a number from 1 to 65535")
    }
    self.port = port
    let path = String(components.path.drop { $0 == "/" })
    guard !path.contains("/") else { throw Invalid(reason: "the database name holds a '/'") }
    database = query["dbname"] ?? (path.isEmpty ? user : path)
    rootCertificate = query["sslrootcert"]
    schema = try query["options"].map(Self.searchPath)
    password = components.password
    if let mode = query["sslmode"] {
      guard let known = SSLMode(rawValue: mode) else {
        throw Invalid(
          reason:
            "sslmode must be one of \(SSLMode.allCases.map(\.rawValue).joined(separator: ", "))")
      }
      sslMode = known
    } else {
      sslMode = host.hasPrefix("/") ? .disable : .verifyFull
    }
  }

  /// The URL without its password, for messages; the schema after it, when there is one.
  public var description: String {
    let place = isSocket ? "?host=\(host)" + (port == 5432 ? "" : "&port=\(port)") : ""
    let server = isSocket ? "" : "\(host):\(port)"
    return "postgres://\(user)@\(server)/\(database)\(place)"
      + (schema.map { ", schema \($0)" } ?? "")
  }

  /// The schema named by libpq's `options` parameter, which may only set `search_path` to one
  /// schema: `-c search_path=NAME` (letters, digits and `_`).
  private static func searchPath(_ options: String) throws(Invalid) -> String {
    let setting = options.hasPrefix("-c") ? options.dropFirst(2).drop { $0 == " " } : ""
    guard setting.hasPrefix("search_path="),
      case let name = setting.dropFirst("search_path=".count), !name.isEmpty,
      name.count <= 63, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") })
    else {
      throw Invalid(
        reason: "options may only be '-c search_path=NAME' (one schema: letters, digits, _)")
    }
    // PostgreSQL folds an unquoted name to lower case, as psql and libpq would see it.
    return name.lowercased()
  }

  /// At most 40 printable ASCII characters of `text`, for a message about it.
  private static func clean(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.prefix(40).map { (0x20..<0x7F).contains($0.value) ? $0 : "?" }))
  }
}

extension PostgresLocation {
  /// The same database, in the schema of the portfolio client whose folder is `folder`:
  /// `client_` and the folder with `_` for `-` (`acme-retail` → `client_acme_retail`), after the
  /// URL's own schema when it names one (`emea_client_acme_retail`). A name longer than
  /// PostgreSQL's 63 bytes keeps its first 54 and a hash of the folder, so it stays unique.
  public func client(_ folder: String) -> PostgresLocation {
    var name = (schema.map { "\($0)_" } ?? "") + "client_"
    name += folder.map { $0 == "-" ? "_" : $0 }.map(String.init).joined()
    if name.utf8.count > 63 {
      var hash: UInt32 = 2_166_136_261
      for byte in folder.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
      var kept = ""
      for character in name {
        guard kept.utf8.count + character.utf8.count <= 54 else { break }
        kept.append(character)
      }
      name = kept + "_" + String(format: "%08x", hash)
    }
    var location = self
    location.schema = name
    return location
  }
}

import PostgresNIO

extension PostgresSession {
  /// PostgresNIO's settings for `location`: a Unix socket (`host` a folder, the socket file
  /// `.s.PGSQL.<port>` in it, as libpq names it; TLS does not apply) or TCP with TLS as
  /// `sslmode` says: `verify-full` checks the certificate and the host name, `verify-ca` the
  /// certificate, `require` encrypts only, `prefer` encrypts when the server can.
  static func configuration(_ location: PostgresLocation) throws
    -> PostgresConnection.Configuration
  {
    var configuration: PostgresConnection.Configuration
    if location.isSocket {
      configuration = .init(
        unixSocketPath: "\(location.host)/.s.PGSQL.\(location.port)", username: location.user,
        password: location.password, database: location.database)
    } else {
      configuration = .init(
        host: location.host, port: location.port, username: location.user,
        password: location.password, database: location.database, tls: try tls(location))
    }
    configuration.options.connectTimeout = .seconds(Int64(wait))
    return configuration
  }

  private static func tls(_ location: PostgresLocation) throws
    -> PostgresConnection.Configuration.TLS
  {
    var tls = TLSConfiguration.makeClientConfiguration()
    if let file = location.rootCertificate { tls.trustRoots = .file(file) }
    switch location.sslMode {
    case .disable: return .disable
    case .prefer, .require: tls.certificateVerification = .none
    case .verifyCA: tls.certificateVerification = .noHostnameVerification
    case .verifyFull: tls.certificateVerification = .fullVerification
    }
    let context = try NIOSSLContext(configuration: tls)
    return location.sslMode == .prefer ? .prefer(context) : .require(context)
  }
}

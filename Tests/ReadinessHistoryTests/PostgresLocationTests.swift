import Testing

@testable import ReadinessHistory

/// A history URL read as libpq reads one, and the password file libpq reads.
@Suite("PostgresLocation and PasswordFile: a history URL and its password")
struct PostgresLocationTests {
  static func read(_ url: String, passwordAllowed: Bool = false) throws(PostgresLocation.Invalid)
    -> PostgresLocation
  {
    try PostgresLocation(url: url, passwordAllowed: passwordAllowed)
  }

  @Test("TCP defaults to verify-full and port 5432; the database defaults to the user")
  func defaults() throws {
    let tcp = try Self.read("postgres://report@db.example.com")
    #expect(tcp.host == "db.example.com" && tcp.port == 5432 && tcp.database == "report")
    #expect(tcp.sslMode == .verifyFull && !tcp.isSocket && tcp.password == nil)
    let given = try Self.read("postgresql://ops@10.0.0.5:6432/readiness?sslmode=disable")
    #expect(given.port == 6432 && given.database == "readiness" && given.sslMode == .disable)
    #expect(try Self.read("postgres://u@[::1]:5433/d").host == "::1")
  }

  @Test("a Unix socket's folder, percent-encoded or as ?host=, needs no TLS")
  func socket() throws {
    let encoded = try Self.read("postgres://pg@%2Fvar%2Frun%2Fpostgresql:5433/history")
    #expect(encoded.host == "/var/run/postgresql" && encoded.isSocket && encoded.port == 5433)
    #expect(encoded.sslMode == .disable)
    let query = try Self.read("postgres://pg@/history?host=/tmp/pg&port=5499")
    #expect(query.host == "/tmp/pg" && query.port == 5499 && query.database == "history")
    #expect(query.description == "postgres://pg@/history?host=/tmp/pg&port=5499")
  }

  @Test("a password is refused on the command line, taken from the environment, never printed")
  func password() throws {
    let url = "postgres://ops:s3cret%40x@db.example.com/readiness"
    #expect(throws: PostgresLocation.Invalid.self) { try Self.read(url) }
    let allowed = try Self.read(url, passwordAllowed: true)
    #expect(allowed.password == "s3cret@x")
    #expect(allowed.description == "postgres://ops@db.example.com:5432/readiness")
    #expect(!"\(allowed)".contains("s3cret"))
  }

  @Test(
    "malformed URLs are refused, saying why",
    arguments: [
      ("postgres://db.example.com/readiness", "no user"),
      ("postgres://u@/readiness", "no host"),
      ("postgres://u@h:0/d", "port"),
      ("postgres://u@h/d?sslmode=maybe", "sslmode must be one of"),
      ("postgres://u@h/d?colour=red", "unknown parameter"),
      ("postgres://u@h/a/b", "'/'"),
      ("mysql://u@h/d", "not a postgres"),
    ])
  func malformed(url: String, reason: String) {
    #expect {
      try Self.read(url)
    } throws: { error in
      (error as? PostgresLocation.Invalid)?.reason.contains(reason) == true
    }
  }

  @Test("the password file: first matching line, * wildcards, escapes, comments")
  func passwordFile() throws {
    let location = try Self.read("postgres://ops@db.example.com:6432/readiness")
    let text = """
      # comment
      other.example.com:6432:readiness:ops:not-this-host
      db.example.com:5432:*:ops:not-this-port
      db.example.com:6432:*:ops:pa\\:ss\\\\word
      *:*:*:*:too-late
      """
    #expect(PasswordFile.password(for: location, in: text) == "pa:ss\\word")
    #expect(PasswordFile.password(for: location, in: "*:*:*:ops:any") == "any")
    #expect(PasswordFile.password(for: location, in: "*:*:*:someone-else:x") == nil)
    let socket = try Self.read("postgres://ops@/readiness?host=/tmp/pg")
    #expect(PasswordFile.password(for: socket, in: "localhost:5432:readiness:ops:local") == "local")
  }

  @Test("every dialect replacement still finds SQLite text to replace in the migrations")
  func dialect() {
    let sql = (HistorySchema.schema.migrations + PortfolioSchema.schema.migrations).map(\.sql)
      .joined(separator: "\n")
    for replacement in PostgresDialect.replacements {
      #expect(sql.contains(replacement.sqlite), "\(replacement.sqlite)")
    }
    let statements = HistorySchema.schema.migrations.flatMap { PostgresDialect.statements($0.sql) }
    #expect(!statements.joined().contains(" REAL") && !statements.joined().contains(" INTEGER "))
    #expect(statements.contains { $0.contains("\"end\" TEXT NOT NULL") })
    #expect(
      PostgresDialect.tables(createdBy: HistorySchema.schema.migrations[0].sql)
        == ["snapshots", "phases", "items", "risks", "tasks", "usernames", "exposure", "gates"])
  }

  @Test("arguments written ? are numbered for PostgreSQL")
  func numbered() {
    #expect(PostgresSession.numbered("a = ? AND b < ? LIMIT 1") == "a = $1 AND b < $2 LIMIT 1")
    #expect(PostgresSession.numbered("SELECT 1") == "SELECT 1")
  }

  @Test("options may set search_path to one schema; a portfolio client gets a schema of its own")
  func schemas() throws {
    let named = try Self.read("postgres://ops@db/readiness?options=-c%20search_path%3Demea_2026")
    #expect(named.schema == "emea_2026")
    #expect(named.description == "postgres://ops@db:5432/readiness, schema emea_2026")
    #expect(try Self.read("postgres://ops@db/r?options=-csearch_path%3Dx").schema == "x")
    #expect(
      try Self.read("postgres://ops@db/r?options=-c%20search_path%3DEmea").schema == "emea",
      "folded to lower case, as PostgreSQL reads an unquoted name")
    for bad in ["-c%20work_mem%3D1GB", "-c%20search_path%3Da,b", "-c%20search_path%3D%22x%22"] {
      #expect(throws: PostgresLocation.Invalid.self, "\(bad)") {
        try Self.read("postgres://ops@db/r?options=\(bad)")
      }
    }
    let plain = try Self.read("postgres://ops@db/readiness")
    #expect(plain.client("acme-retail").schema == "client_acme_retail")
    #expect(named.client("acme-retail").schema == "emea_2026_client_acme_retail")
    let long = String(repeating: "a", count: 64) + "-2"
    let other = String(repeating: "a", count: 64) + "-3"
    let (one, two) = (plain.client(long).schema!, plain.client(other).schema!)
    #expect(one.utf8.count == 63 && two.utf8.count == 63 && one != two)
    #expect(plain.client(long).schema == one, "the same folder always gets the same schema")
    let wide = plain.client(String(repeating: "é", count: 40)).schema!
    #expect(wide.utf8.count <= 63 && wide.hasPrefix("client_é"), "cut between characters")
  }
}

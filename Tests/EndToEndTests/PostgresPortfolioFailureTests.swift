import Foundation
import Testing

/// A portfolio whose PostgreSQL history cannot be used: the clients and the roll-up are written,
/// the database is left as it was, and the run exits 74; a history that is not a URL is a usage
/// error.
@Suite("a portfolio on PostgreSQL: a database that cannot be used")
struct PostgresPortfolioFailureTests {
  typealias Shared = PostgresPortfolioTests

  @Test("a server that refuses the connection: every file written, exit 74, no password shown")
  func refused() throws {
    let cluster = try PostgresCluster()
    let space = try BinaryRunner.temporaryFolder()
    try Shared.clients(in: space, week: 1)
    cluster.stop()
    let secret = "pa55-\(UUID().uuidString)"
    let run = try BinaryRunner.run(
      ["portfolio", "clients", "--out", "out", "--quiet", "--as-of", Shared.days[0]], in: space,
      environment: [
        "BSUID_READINESS_HISTORY": cluster.url(user: "ops").replacingOccurrences(
          of: "ops@", with: "ops:\(secret)@")
      ], timeout: 300)
    #expect(run.status == 74, "\(run.stderr)")
    #expect(!run.stderr.contains(secret) && !run.stdout.contains(secret))
    #expect(run.stderr.contains("but not recorded in the portfolio database"), "\(run.stderr)")
    for file in [
      "index.html", "portfolio.xml", "portfolio.xlsx", "client-01/2026-03-02/report.html",
    ] {
      #expect(
        FileManager.default.fileExists(atPath: space.appendingPathComponent("out/\(file)").path),
        "\(file) missing")
    }
  }

  @Test("a portfolio database a newer version migrated is left untouched, exit 74")
  func newerSchema() throws {
    let cluster = try PostgresCluster()
    let space = try BinaryRunner.temporaryFolder()
    try Shared.clients(in: space, week: 1)
    let first = try Shared.portfolio(
      ["clients", "--out", "out", "--history", cluster.url()], day: Shared.days[0], in: space)
    #expect(first.status == 0, "\(first.stderr)")
    try cluster.query("INSERT INTO grdb_migrations VALUES ('v9-from-the-future')")
    let before = try cluster.query("SELECT * FROM runs")
    let again = try Shared.portfolio(
      ["clients", "--out", "out", "--history", cluster.url()], day: Shared.days[1], in: space)
    #expect(again.status == 74, "\(again.stderr)")
    #expect(again.stderr.contains("newer bsuid-readiness"), "\(again.stderr)")
    #expect(try cluster.query("SELECT * FROM runs") == before)
  }

  @Test("another application's database, or a wrong password: exit 74, nothing written into it")
  func notOurs() throws {
    let cluster = try PostgresCluster()
    try cluster.query("CREATE TABLE customers (id BIGINT PRIMARY KEY, phone TEXT)")
    try cluster.query("CREATE ROLE ops LOGIN PASSWORD 'right-one'")
    let space = try BinaryRunner.temporaryFolder()
    try Shared.clients(in: space, week: 1, count: 4)
    let foreign = try Shared.portfolio(
      ["clients", "--out", "out", "--history", cluster.url()], day: Shared.days[0], in: space)
    #expect(foreign.status == 74, "\(foreign.stderr)")
    #expect(foreign.stderr.contains("is not a bsuid-readiness history"), "\(foreign.stderr)")
    let schemas =
      "SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE 'client%'"
    #expect(
      try cluster.query(schemas).isEmpty, "no client's schema in another application's database")
    #expect(
      try cluster.query(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")
        == ["customers"])
    #expect(
      FileManager.default.fileExists(
        atPath: space.appendingPathComponent("out/client-01/2026-03-02/report.html").path))
    let wrong = try BinaryRunner.run(
      ["portfolio", "clients", "--out", "out", "--quiet", "--as-of", Shared.days[0]], in: space,
      environment: ["PGPASSWORD": "wrong-one", "BSUID_READINESS_HISTORY": cluster.url(user: "ops")])
    #expect(wrong.status == 74, "\(wrong.stderr)")
    #expect(!wrong.stderr.contains("wrong-one"))
    #expect(try cluster.query(schemas).isEmpty)
  }

  @Test("--history names a URL for a portfolio: a file is a usage error, as is a password")
  func usage() throws {
    let space = try BinaryRunner.temporaryFolder()
    try Shared.clients(in: space, week: 1)
    for (arguments, text) in [
      (["--history", "h.sqlite"], "a portfolio's history is a postgres:// URL"),
      (["--history", "postgres://u:pw@db.example.com/x"], "shows in `ps`"),
      (["--history", "postgres://u@db/x", "--no-history"], "cannot be used together"),
      (["--history", "postgres://u@db/x?sslmode=sometimes"], "sslmode must be one of"),
    ] {
      let run = try BinaryRunner.run(["portfolio", "clients", "--out", "o"] + arguments, in: space)
      #expect(run.status == 64, "\(arguments): \(run.stderr)")
      #expect(run.stderr.contains(text), "\(arguments): \(run.stderr)")
      #expect(!run.stderr.contains("pw@"))
    }
    #expect(!FileManager.default.fileExists(atPath: space.appendingPathComponent("o").path))
    // A file the environment names is report's history: portfolio keeps its own files.
    let environment = try BinaryRunner.run(
      ["portfolio", "clients", "--out", "o", "--quiet", "--as-of", Shared.days[0]], in: space,
      environment: ["BSUID_READINESS_HISTORY": "team-history.sqlite"])
    #expect(environment.status == 0, "\(environment.stderr)")
    #expect(
      FileManager.default.fileExists(
        atPath: space.appendingPathComponent("o/portfolio.sqlite").path))
    #expect(
      !FileManager.default.fileExists(
        atPath: space.appendingPathComponent("team-history.sqlite").path))
  }
}

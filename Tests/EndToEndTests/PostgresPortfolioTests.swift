import Foundation
import ReadinessTestSupport
import Testing

/// `portfolio --history postgres://…`: shards on many machines write every client's history and
/// the roll-up's runs into one database, and give what one run on SQLite files gives.
@Suite("a portfolio on PostgreSQL: shards at once, the roll-up as on SQLite")
struct PostgresPortfolioTests {
  /// 50 clients, most of them one programme name (each client's history is its own all the
  /// same): the minimal example, keyed on phone numbers, or its green twin keyed on BSUIDs;
  /// `week` 2 swaps every third client, so the roll-up has changes and a trend.
  static func clients(in folder: URL, week: Int, count: Int = 50) throws {
    let clients = folder.appendingPathComponent("clients")
    try FileManager.default.createDirectory(at: clients, withIntermediateDirectories: true)
    let minimal = try String(
      contentsOf: BinaryRunner.root.appendingPathComponent("Examples/minimal.yaml"), encoding: .utf8
    )
    let green = minimal.replacingOccurrences(
      of: "primary_identifier: phone", with: "primary_identifier: bsuid"
    ).replacingOccurrences(of: "handles_missing_phone: false", with: "handles_missing_phone: true")
    for client in 1...count {
      let swapped = week == 2 && client % 3 == 0
      var text = (client % 2 == 0) != swapped ? green : minimal
      if client % 10 == 0 {
        text = text.replacingOccurrences(
          of: "name: Minimal readiness check", with: "name: Client \(client) \u{202E}ﺔﻴﺑﺮﻌﻟا")
      }
      try Data(text.utf8).write(
        to: clients.appendingPathComponent(String(format: "client-%02d.yaml", client)))
    }
  }

  static let days = ["2026-03-02", "2026-03-09"]

  /// One portfolio run, `--quiet`, at `day`.
  static func portfolio(_ arguments: [String], day: String, in folder: URL) throws
    -> BinaryRunner.Run
  {
    try BinaryRunner.run(
      ["portfolio"] + arguments + ["--as-of", day, "--quiet"], in: folder, timeout: 300)
  }

  /// The four shards of `day` at once, then the roll-up; every run's result.
  static func shardsAtOnce(_ url: String, day: String, in folder: URL) throws
    -> [BinaryRunner.Run]
  {
    let runs = PostgresConcurrencyTests.Runs()
    DispatchQueue.concurrentPerform(iterations: 4) { index in
      let run = try? portfolio(
        ["clients", "--out", "pg", "--history", url, "--shard", "\(index + 1)/4", "--jobs", "1"],
        day: day, in: folder)
      runs.add(run ?? BinaryRunner.Run(status: -1, stdout: "", stderr: "did not run"))
    }
    return runs.results + [
      try portfolio(["--rollup", "pg", "--out", "pg", "--history", url], day: day, in: folder)
    ]
  }

  /// The bytes of `file` in the SQLite run's folder and the PostgreSQL one's.
  static func same(_ file: String, in folder: URL) throws -> Bool {
    try Data(contentsOf: folder.appendingPathComponent("sqlite/\(file)"))
      == Data(contentsOf: folder.appendingPathComponent("pg/\(file)"))
  }

  @Test(
    "50 clients in 4 shards at once, two weeks: roll-up and clients' reports equal SQLite's byte for byte"
  )
  func shardsMatchSQLite() throws {
    let cluster = try PostgresCluster()
    let space = try BinaryRunner.temporaryFolder()
    for (week, day) in Self.days.enumerated() {
      try Self.clients(in: space, week: week + 1)
      let single = try Self.portfolio(["clients", "--out", "sqlite"], day: day, in: space)
      #expect(single.status == 0, "\(single.stderr)")
      let runs = try Self.shardsAtOnce(cluster.url(), day: day, in: space)
      #expect(runs.map(\.status) == [0, 0, 0, 0, 0], "\(runs.map(\.stderr))")
      for file in ["index.html", "portfolio.xml", "portfolio.xlsx"] {
        #expect(try Self.same(file, in: space), "\(file) differs on \(day)")
      }
      for client in 1...50 {
        let file = String(format: "client-%02d/\(day)/workbook.xml", client)
        #expect(try Self.same(file, in: space), "\(file) differs")
      }
    }
    let index = try String(
      contentsOf: space.appendingPathComponent("pg/index.html"), encoding: .utf8)
    #expect(
      index.contains("Since the last run (2026-03-02): 8 improved, 8 worsened, 8 went red."),
      "\(index)")
    let schemas = try cluster.query(
      "SELECT count(*) FROM information_schema.schemata WHERE schema_name LIKE 'client\\_%'")
    #expect(schemas == ["50"])
    #expect(
      try cluster.query("SELECT as_of, clients FROM runs ORDER BY as_of") == [
        "2026-03-02|50", "2026-03-09|50",
      ])
    let blocks = try HistoryDocsTests.parts()[1].components(separatedBy: "```sql\n").dropFirst()
      .map { $0.components(separatedBy: "```")[0] }
    for sql in blocks {
      let expected = PostgresHistoryDocsTests.normalised(
        try HistoryWorkspace.query(space.appendingPathComponent("sqlite/portfolio.sqlite"), sql))
      #expect(!expected.isEmpty, "no rows from:\n\(sql)")
      #expect(PostgresHistoryDocsTests.normalised(try cluster.query(sql)) == expected, "\(sql)")
    }
    let perClient = "SELECT programme, as_of, overall_score FROM snapshots ORDER BY as_of"
    let sqlite = try HistoryWorkspace.query(
      space.appendingPathComponent("sqlite/client-10/history.sqlite"), perClient)
    #expect(sqlite.count == 2)
    let postgres = try cluster.query(
      perClient.replacingOccurrences(of: "snapshots", with: "client_client_10.snapshots"))
    #expect(
      PostgresHistoryDocsTests.normalised(postgres) == PostgresHistoryDocsTests.normalised(sqlite),
      "\(postgres) \(sqlite)")
  }

  @Test("a shard killed midway leaves every snapshot whole; run again, the roll-up is SQLite's")
  func killedShard() throws {
    let cluster = try PostgresCluster()
    let space = try BinaryRunner.temporaryFolder()
    try Self.clients(in: space, week: 1)
    let day = Self.days[0]
    #expect(try Self.portfolio(["clients", "--out", "sqlite"], day: day, in: space).status == 0)
    let url = cluster.url()
    let shard = ["clients", "--out", "pg", "--history", url, "--shard", "1/2", "--jobs", "1"]
    let process = Process()
    process.executableURL = BinaryRunner.binary
    process.arguments = ["portfolio"] + shard + ["--as-of", day, "--quiet"]
    process.currentDirectoryURL = space
    (process.standardOutput, process.standardError) = (FileHandle.nullDevice, FileHandle.nullDevice)
    try ProcessLaunch.run(process)
    let clientSchemas =
      "SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE 'client\\_%'"
    let deadline = Date().addingTimeInterval(120)
    while process.isRunning, try cluster.query(clientSchemas).count < 3, Date() < deadline {
      usleep(20_000)
    }
    #expect(process.isRunning, "the shard finished before it could be killed")
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    for schema in try cluster.query(clientSchemas) {
      let phases = try cluster.query(
        "SELECT count(*) FROM \(schema).phases GROUP BY snapshot_id")
      #expect(phases.allSatisfy { $0 == "3" }, "\(schema): \(phases)")
      let bare = try cluster.query(
        "SELECT count(*) FROM \(schema).snapshots"
          + " WHERE id NOT IN (SELECT snapshot_id FROM \(schema).phases)")
      #expect(bare == ["0"], "\(schema) has a snapshot without its phases")
    }
    #expect(try Self.portfolio(shard, day: day, in: space).status == 0)
    let other = shard.map { $0 == "1/2" ? "2/2" : $0 }
    #expect(try Self.portfolio(other, day: day, in: space).status == 0)
    let rollup = try Self.portfolio(
      ["--rollup", "pg", "--out", "pg", "--history", url], day: day, in: space)
    #expect(rollup.status == 0, "\(rollup.stderr)")
    for file in ["index.html", "portfolio.xml", "portfolio.xlsx"] {
      #expect(try Self.same(file, in: space), "\(file) differs")
    }
  }

  @Test("a server that refuses the connection: every file written, exit 74, no password shown")
  func refused() throws {
    let cluster = try PostgresCluster()
    let space = try BinaryRunner.temporaryFolder()
    try Self.clients(in: space, week: 1)
    cluster.stop()
    let secret = "pa55-\(UUID().uuidString)"
    let run = try BinaryRunner.run(
      ["portfolio", "clients", "--out", "out", "--quiet", "--as-of", Self.days[0]], in: space,
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
    try Self.clients(in: space, week: 1)
    let first = try Self.portfolio(
      ["clients", "--out", "out", "--history", cluster.url()], day: Self.days[0], in: space)
    #expect(first.status == 0, "\(first.stderr)")
    try cluster.query("INSERT INTO grdb_migrations VALUES ('v9-from-the-future')")
    let before = try cluster.query("SELECT * FROM runs")
    let again = try Self.portfolio(
      ["clients", "--out", "out", "--history", cluster.url()], day: Self.days[1], in: space)
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
    try Self.clients(in: space, week: 1, count: 4)
    let foreign = try Self.portfolio(
      ["clients", "--out", "out", "--history", cluster.url()], day: Self.days[0], in: space)
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
      ["portfolio", "clients", "--out", "out", "--quiet", "--as-of", Self.days[0]], in: space,
      environment: ["PGPASSWORD": "wrong-one", "BSUID_READINESS_HISTORY": cluster.url(user: "ops")])
    #expect(wrong.status == 74, "\(wrong.stderr)")
    #expect(!wrong.stderr.contains("wrong-one"))
    #expect(try cluster.query(schemas).isEmpty)
  }

  @Test("--history names a URL for a portfolio: a file is a usage error, as is a password")
  func usage() throws {
    let space = try BinaryRunner.temporaryFolder()
    try Self.clients(in: space, week: 1)
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
  }

  @Test("history copy moves a portfolio into PostgreSQL and back; the next run's trend goes on")
  func copyPortfolio() throws {
    let cluster = try PostgresCluster()
    let space = try BinaryRunner.temporaryFolder()
    for (week, day) in Self.days.enumerated() {
      try Self.clients(in: space, week: week + 1, count: 6)
      let run = try Self.portfolio(["clients", "--out", "sqlite"], day: day, in: space)
      #expect(run.status == 0, "\(run.stderr)")
    }
    for _ in 0..<2 {
      let copy = try BinaryRunner.run(["history", "copy", "sqlite", cluster.url()], in: space)
      #expect(copy.status == 0, "\(copy.stderr)")
      #expect(
        copy.stdout.hasPrefix(
          "Copied 2 portfolio runs, and 12 snapshots and 0 baselines of 6 clients' histories"),
        "\(copy.stdout)")
    }
    #expect(try cluster.query("SELECT count(*) FROM clients") == ["12"])
    let third = "2026-03-16"
    #expect(try Self.portfolio(["clients", "--out", "sqlite"], day: third, in: space).status == 0)
    let moved = try Self.portfolio(
      ["clients", "--out", "pg", "--history", cluster.url()], day: third, in: space)
    #expect(moved.status == 0, "\(moved.stderr)")
    for file in ["index.html", "portfolio.xml", "client-03/\(third)/workbook.xml"] {
      #expect(try Self.same(file, in: space), "\(file) differs")
    }
    let index = try String(
      contentsOf: space.appendingPathComponent("pg/index.html"), encoding: .utf8)
    #expect(index.contains("last 3 runs"), "\(index)")
    let file = try BinaryRunner.run(["history", "copy", "sqlite", "copy.sqlite"], in: space)
    #expect(file.status == 64 && file.stderr.contains("copied into a postgres:// URL"))

    // And back into files: the fourth week from them is the fourth week from the database.
    let back = try BinaryRunner.run(["history", "copy", cluster.url(), "back/"], in: space)
    #expect(back.status == 0, "\(back.stderr)")
    #expect(
      back.stdout.hasPrefix(
        "Copied 3 portfolio runs, and 18 snapshots and 0 baselines of 6 clients' histories"),
      "\(back.stdout)")
    let fourth = "2026-03-23"
    for (out, history) in [("back", [String]()), ("pg", ["--history", cluster.url()])] {
      let run = try Self.portfolio(["clients", "--out", out] + history, day: fourth, in: space)
      #expect(run.status == 0, "\(run.stderr)")
    }
    for file in ["index.html", "portfolio.xml", "client-05/\(fourth)/workbook.xml"] {
      let (files, database) = try (
        Data(contentsOf: space.appendingPathComponent("back/\(file)")),
        Data(contentsOf: space.appendingPathComponent("pg/\(file)"))
      )
      #expect(files == database, "\(file) differs")
    }
  }
}

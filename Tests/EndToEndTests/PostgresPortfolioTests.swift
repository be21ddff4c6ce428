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

  /// Whether `file` has the same bytes in the SQLite run's folder (`files`) and the PostgreSQL
  /// one's.
  static func same(_ file: String, in folder: URL, files: String = "sqlite") throws -> Bool {
    try Data(contentsOf: folder.appendingPathComponent("\(files)/\(file)"))
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
}

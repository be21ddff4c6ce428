import Foundation
import Testing

/// `report`, `diff` and `baseline` with the history in PostgreSQL: a real server in a
/// throwaway cluster (`PostgresCluster`) per test.
@Suite("a history in PostgreSQL works as the SQLite one", .serialized)
struct PostgresHistoryTests {
  /// Two weekly inventories: the base one, and a week later with a task finished.
  static func weeks(_ space: HistoryWorkspace) throws -> [String] {
    let base = try HistoryWorkspace.baseInventory()
    let week2 = base.replacingOccurrences(of: "as_of: 2026-03-02", with: "as_of: 2026-03-09")
      .replacingOccurrences(of: "progress: 40", with: "progress: 100")
    return [try space.write("w1.yaml", base), try space.write("w2.yaml", week2)]
  }

  func run(_ arguments: [String], _ environment: [String: String] = [:]) throws
    -> BinaryRunner.Run
  {
    try BinaryRunner.run(arguments, environment: environment, timeout: 60)
  }

  @Test("report twice then diff: the same workbook and diff through PostgreSQL as through SQLite")
  func sameAsSQLite() throws {
    let cluster = try PostgresCluster()
    let space = try HistoryWorkspace()
    let weeks = try Self.weeks(space)
    var outputs: [String: [String]] = [:]
    for (engine, history) in [("sqlite", space.history.path), ("postgres", cluster.url())] {
      for (week, inventory) in weeks.enumerated() {
        let out = space.folder.appendingPathComponent("\(engine)-\(week)").path
        let report = try run(["report", inventory, "--history", history, "--out", out, "--quiet"])
        #expect(report.status == 0, "\(report.stderr)")
      }
      let saved = try run(["baseline", weeks[0], "--name", "plan", "--history", history])
      #expect(saved.status == 0, "\(saved.stderr)")
      let compared = space.folder.appendingPathComponent("\(engine)-compared").path
      let withBaseline = try run([
        "report", weeks[1], "--history", history, "--out", compared, "--quiet",
      ])
      #expect(withBaseline.status == 0, "\(withBaseline.stderr)")
      let diff = ["diff", "--history", history, "--from", "2026-03-02", "--to", "2026-03-09"]
      outputs[engine] = [
        try run(diff).stdout, try run(diff + ["--format", "md"]).stdout,
        try space.workbook("\(engine)-1"), try space.workbook("\(engine)-compared"),
      ]
    }
    #expect(outputs["sqlite"]?[0].contains("changes from 2026-03-02 to 2026-03-09") == true)
    #expect(outputs["sqlite"]?[3].contains("baseline-finish") == true)
    #expect(outputs["postgres"] == outputs["sqlite"])
    #expect(try cluster.query("SELECT count(*) FROM snapshots") == ["2"])
    #expect(try cluster.query("SELECT count(*) FROM baselines") == ["1"])
  }

  @Test("a password on the command line is refused (64) and not echoed; nothing is written")
  func passwordOnCommandLine() throws {
    let space = try HistoryWorkspace()
    let out = space.folder.appendingPathComponent("out")
    let report = try run([
      "report", try Self.weeks(space)[0], "--out", out.path,
      "--history", "postgres://ops:s3cret@db.example.com/readiness",
    ])
    #expect(report.status == 64)
    #expect(report.stderr.contains("shows in `ps`") && !report.stderr.contains("s3cret"))
    #expect(!FileManager.default.fileExists(atPath: out.path))
    let diff = try run([
      "diff", "--history", "postgres://ops:s3cret@db.example.com/r", "--from", "2026-03-02",
      "--to", "2026-03-09",
    ])
    #expect(diff.status == 64 && !diff.stderr.contains("s3cret"))
  }

  @Test("the password comes from a 0600 .pgpass; a file others may read is ignored with a warning")
  func passwordFile() throws {
    let cluster = try PostgresCluster()
    try cluster.query("CREATE ROLE reporter LOGIN PASSWORD 'from-pgpass'")
    try cluster.query("CREATE DATABASE readiness OWNER reporter")
    let space = try HistoryWorkspace()
    let pgpass = try space.write(
      "pgpass",
      "# host:port:database:user:password\n*:\(cluster.port):readiness:reporter:from-pgpass\n")
    let url = cluster.url("readiness", user: "reporter")
    let inventory = try Self.weeks(space)[0]
    func report(_ mode: Int, password: String = "") throws -> BinaryRunner.Run {
      try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: pgpass)
      return try run(
        [
          "report", inventory, "--history", url, "--out",
          space.folder.appendingPathComponent("o").path,
          "--quiet",
        ],
        ["PGPASSFILE": pgpass, "PGPASSWORD": password])
    }
    let read = try report(0o600)
    #expect(read.status == 0, "\(read.stderr)")
    #expect(try cluster.query("SELECT count(*) FROM snapshots", database: "readiness") == ["1"])
    let ignored = try report(0o644)
    #expect(ignored.status == 74)
    #expect(ignored.stderr.contains("group or world access"), "\(ignored.stderr)")
    #expect(!ignored.stderr.contains("from-pgpass"))
    // PGPASSWORD comes before the file; a wrong one is refused by the server, and not shown.
    let wrong = try report(0o600, password: "not-the-password")
    #expect(wrong.status == 74)
    #expect(wrong.stderr.contains("password authentication failed"), "\(wrong.stderr)")
    #expect(!wrong.stderr.contains("not-the-password") && !wrong.stderr.contains("from-pgpass"))
  }
}

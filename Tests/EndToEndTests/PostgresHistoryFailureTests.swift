import Foundation
import Testing

/// A PostgreSQL history that cannot be used: the report files are still written, the database
/// is left as it was, the exit code is 74.
@Suite("a PostgreSQL history that cannot be used is left untouched", .serialized)
struct PostgresHistoryFailureTests {
  func run(_ arguments: [String]) throws -> BinaryRunner.Run {
    try BinaryRunner.run(arguments, timeout: 60)
  }

  @Test("a server that refuses the connection: the report is written, exit 74, no password shown")
  func refused() throws {
    let cluster = try PostgresCluster()
    cluster.stop()
    let space = try HistoryWorkspace()
    let url = cluster.url().replacingOccurrences(of: "postgres@", with: "postgres:hunter2@")
    let out = space.folder.appendingPathComponent("out")
    // The history comes from the environment alone (BinaryRunner.run would add --no-history).
    let report = try BinaryRunner.execute(
      BinaryRunner.binary,
      ["report", try PostgresHistoryTests.weeks(space)[0], "--out", out.path, "--quiet"],
      environment: ["BSUID_READINESS_HISTORY": url], timeout: 60)
    #expect(report.status == 74)
    #expect(report.stderr.contains("cannot use this history database"), "\(report.stderr)")
    #expect(!report.stderr.contains("hunter2"))
    #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("report.html").path))
  }

  @Test("a database a newer version migrated is left untouched: the report is written, exit 74")
  func newerSchema() throws {
    let cluster = try PostgresCluster()
    let space = try HistoryWorkspace()
    let weeks = try PostgresHistoryTests.weeks(space)
    let first = try run([
      "report", weeks[0], "--history", cluster.url(), "--out",
      space.folder.appendingPathComponent("w1").path, "--quiet",
    ])
    #expect(first.status == 0, "\(first.stderr)")
    try cluster.query("INSERT INTO grdb_migrations VALUES ('v99-from-the-future')")
    let before = try cluster.query("SELECT id, as_of, overall_score FROM snapshots ORDER BY id")
    let out = space.folder.appendingPathComponent("w2")
    let second = try run(["report", weeks[1], "--history", cluster.url(), "--out", out.path])
    #expect(second.status == 74)
    #expect(second.stderr.contains("written by a newer bsuid-readiness"), "\(second.stderr)")
    #expect(
      try cluster.query("SELECT id, as_of, overall_score FROM snapshots ORDER BY id") == before)
    #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("report.html").path))
    let diff = try run([
      "diff", "--history", cluster.url(), "--from", "2026-03-02", "--to", "2026-03-02",
    ])
    #expect(diff.status == 74)
  }

  @Test("a database holding another application's tables is refused and left untouched")
  func anotherApplication() throws {
    let cluster = try PostgresCluster()
    try cluster.query("CREATE TABLE customers (id BIGINT PRIMARY KEY, phone TEXT)")
    try cluster.query("INSERT INTO customers VALUES (1, '+31 20 808 1200')")
    let space = try HistoryWorkspace()
    let out = space.folder.appendingPathComponent("out")
    let report = try run([
      "report", try PostgresHistoryTests.weeks(space)[0], "--history", cluster.url(), "--out",
      out.path,
    ])
    #expect(report.status == 74)
    #expect(report.stderr.contains("is not a bsuid-readiness history"), "\(report.stderr)")
    #expect(
      try cluster.query(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")
        == ["customers"])
    #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("report.html").path))
    let baseline = try run([
      "baseline", try PostgresHistoryTests.weeks(space)[0], "--name", "plan", "--history",
      cluster.url(),
    ])
    #expect(baseline.status == 74)
  }

  @Test("a socket whose server is not PostgreSQL: 74 at once, the report written")
  func notPostgres() throws {
    let space = try HistoryWorkspace()
    let socket = space.folder.appendingPathComponent(".s.PGSQL.5432").path
    // A server that answers the startup message as a web server would.
    let server = Process()
    server.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    server.arguments = [
      "-c",
      """
      import socket, sys
      s = socket.socket(socket.AF_UNIX); s.bind(sys.argv[1]); s.listen(5)
      while True:
          c, _ = s.accept(); c.recv(1024); c.sendall(b"HTTP/1.0 400 Bad Request\\r\\n\\r\\n"); c.close()
      """, socket,
    ]
    (server.standardOutput, server.standardError) = (FileHandle.nullDevice, FileHandle.nullDevice)
    try server.run()
    // SIGKILL: a child spawned from a worker thread may have SIGTERM blocked.
    defer { kill(server.processIdentifier, SIGKILL) }
    for _ in 0..<100 where !FileManager.default.fileExists(atPath: socket) {
      Thread.sleep(forTimeInterval: 0.05)
    }
    let out = space.folder.appendingPathComponent("out")
    let report = try run([
      "report", try PostgresHistoryTests.weeks(space)[0], "--out", out.path,
      "--history", "postgres://readiness@/readiness?host=\(space.folder.path)",
    ])
    #expect(report.status == 74)
    #expect(report.stderr.contains("cannot use this history database"), "\(report.stderr)")
    #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("report.html").path))
  }
}

/// A history over TCP: TLS by default, with the server's certificate and name checked.
@Suite("a PostgreSQL history over TCP: verify-full by default")
struct PostgresTLSTests {
  @Test("verify-full against the test's authority records; a wrong authority, name or no TLS: 74")
  func verifyFull() throws {
    let cluster = try PostgresCluster(tls: true)
    try cluster.query("CREATE ROLE ops LOGIN PASSWORD 'tls-secret'")
    try cluster.query("CREATE DATABASE readiness OWNER ops")
    let space = try HistoryWorkspace()
    let inventory = try PostgresHistoryTests.weeks(space)[0]
    let other = try PostgresCluster(tls: true)
    let base = "postgres://ops:tls-secret@%@:\(cluster.port)/readiness"
    let cases: [(host: String, query: String, status: Int32, says: String)] = [
      ("localhost", "?sslrootcert=\(cluster.authority)", 0, ""),
      ("localhost", "?sslrootcert=\(other.authority)", 74, "the TLS handshake failed"),
      ("127.0.0.1", "?sslrootcert=\(cluster.authority)", 74, "does not name the host"),
      ("localhost", "?sslmode=disable", 74, "no pg_hba.conf entry"),
      ("localhost", "?sslmode=require", 0, ""),
      ("127.0.0.1", "?sslmode=verify-ca&sslrootcert=\(cluster.authority)", 0, ""),
    ]
    for (index, test) in cases.enumerated() {
      let url = base.replacingOccurrences(of: "%@", with: test.host) + test.query
      let run = try BinaryRunner.execute(
        BinaryRunner.binary,
        [
          "report", inventory, "--quiet", "--format", "xml", "--out",
          space.folder.appendingPathComponent("out-\(index)").path,
        ], environment: ["BSUID_READINESS_HISTORY": url, "NO_COLOR": "1"], timeout: 60)
      #expect(run.status == test.status, "\(test): \(run.stderr)")
      #expect(test.says.isEmpty || run.stderr.contains(test.says), "\(test): \(run.stderr)")
      #expect(!run.stderr.contains("tls-secret"))
    }
    #expect(try cluster.query("SELECT count(*) FROM snapshots", database: "readiness") == ["1"])
  }
}

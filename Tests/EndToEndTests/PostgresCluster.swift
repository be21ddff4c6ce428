import Foundation

/// A throwaway PostgreSQL cluster for one test: `initdb` into a temporary folder, a server that
/// listens on a Unix socket in that folder only (no TCP), stopped and removed when the value
/// goes. Run as the `postgres` user (`runuser`) when the tests run as root, which PostgreSQL
/// refuses to be. The `postgres` superuser is trusted on the socket; every other role needs
/// its password (to test where passwords come from). Debian's `postgresql` package
/// (`scripts/install-deps --test`) provides the programs.
final class PostgresCluster {
  let folder: URL
  let port = Int.random(in: 20_000...60_000)
  private let programs: URL
  private var running = false

  /// The URL of `database` for `user` (no password), through the socket.
  func url(_ database: String = "postgres", user: String = "postgres") -> String {
    "postgres://\(user)@/\(database)?host=\(folder.path)&port=\(port)"
  }

  init() throws {
    let versions = try FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")
    guard let newest = versions.compactMap(Int.init).max() else {
      throw Failure("no PostgreSQL in /usr/lib/postgresql: run scripts/install-deps --test")
    }
    programs = URL(fileURLWithPath: "/usr/lib/postgresql/\(newest)/bin")
    folder = try BinaryRunner.temporaryFolder()
    if getuid() == 0 {
      try FileManager.default.setAttributes(
        [.ownerAccountName: "postgres"], ofItemAtPath: folder.path)
    }
    let data = folder.appendingPathComponent("data").path
    try run("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync"])
    try Data("local all postgres trust\nlocal all all scram-sha-256\n".utf8).write(
      to: URL(fileURLWithPath: data).appendingPathComponent("pg_hba.conf"))
    let options = "-p \(port) -k \(folder.path) -c listen_addresses='' -c fsync=off"
    try run(
      "pg_ctl",
      [
        "-D", data, "-o", options, "-l", folder.appendingPathComponent("server.log").path, "-w",
        "start",
      ])
    running = true
  }

  deinit {
    stop()
    try? FileManager.default.removeItem(at: folder)
  }

  /// Stops the server at once (a connection refused from then on).
  func stop() {
    guard running else { return }
    running = false
    _ = try? run(
      "pg_ctl", ["-D", folder.appendingPathComponent("data").path, "-m", "immediate", "-w", "stop"])
  }

  /// The rows `sql` returns in `database`, one line each, columns joined by `|` (psql -At).
  @discardableResult
  func query(_ sql: String, database: String = "postgres") throws -> [String] {
    let result = try BinaryRunner.execute(
      URL(fileURLWithPath: "/usr/bin/psql"),
      [
        "-h", folder.path, "-p", "\(port)", "-U", "postgres", "-d", database, "-At", "-v",
        "ON_ERROR_STOP=1", "-c", sql,
      ])
    guard result.status == 0 else { throw Failure("psql: \(result.stderr)") }
    return result.stdout.split(separator: "\n").map(String.init)
  }

  /// Runs one of PostgreSQL's programs, as `postgres` when this process is root, through
  /// Python's `subprocess`, which closes every other descriptor: Foundation's `Process` learns
  /// that a child ended when a socket it inherits closes, and the server `pg_ctl` leaves running
  /// would inherit it too. Its output goes to a file.
  private func run(_ program: String, _ arguments: [String]) throws {
    let path = programs.appendingPathComponent(program).path
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    process.arguments =
      ["-c", "import subprocess, sys; sys.exit(subprocess.run(sys.argv[1:]).returncode)"]
      + (getuid() == 0 ? ["/usr/sbin/runuser", "-u", "postgres", "--"] : []) + [path] + arguments
    process.currentDirectoryURL = folder
    let log = folder.appendingPathComponent("\(program).log")
    FileManager.default.createFile(atPath: log.path, contents: nil)
    let handle = try FileHandle(forWritingTo: log)
    defer { try? handle.close() }
    (process.standardOutput, process.standardError) = (handle, handle)
    process.standardInput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw Failure("\(program): \((try? String(contentsOf: log, encoding: .utf8)) ?? "")")
    }
  }

  struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
  }
}

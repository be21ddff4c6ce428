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

  /// With `tls`, the server also listens on 127.0.0.1 and takes only TLS connections there
  /// (`hostssl`, passwords required), with a certificate for `localhost` that `authority`
  /// (a certificate authority made for the test, in `folder`) signed.
  init(tls: Bool = false) throws {
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
    let hba = "local all postgres trust\nlocal all all scram-sha-256\n"
    try Data((hba + (tls ? "hostssl all all 127.0.0.1/32 scram-sha-256\n" : "")).utf8).write(
      to: URL(fileURLWithPath: data).appendingPathComponent("pg_hba.conf"))
    var options = "-p \(port) -k \(folder.path) -c listen_addresses='' -c fsync=off"
    if tls {
      try makeCertificates()
      options =
        options.replacingOccurrences(of: "listen_addresses=''", with: "listen_addresses=127.0.0.1")
        + " -c ssl=on -c ssl_cert_file=\(folder.path)/server.crt -c ssl_key_file=\(folder.path)/server.key"
    }
    try run(
      "pg_ctl",
      [
        "-D", data, "-o", options, "-l", folder.appendingPathComponent("server.log").path, "-w",
        "start",
      ])
    running = true
  }

  /// The test's certificate authority, which signed the server's certificate.
  var authority: String { folder.appendingPathComponent("ca.crt").path }

  /// A certificate authority and a server certificate for `localhost` it signs, made with
  /// `openssl`; the key readable by the server only.
  private func makeCertificates() throws {
    let steps = [
      [
        "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=test CA",
        "-keyout", "ca.key", "-out", "ca.crt",
      ],
      [
        "req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost", "-keyout",
        "server.key", "-out", "server.csr",
      ],
      [
        "x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key",
        "-CAcreateserial", "-days", "2", "-extfile", "names.cnf", "-out", "server.crt",
      ],
    ]
    try Data("subjectAltName=DNS:localhost\n".utf8).write(
      to: folder.appendingPathComponent("names.cnf"))
    for step in steps {
      let result = try BinaryRunner.execute(
        URL(fileURLWithPath: "/usr/bin/openssl"), step, in: folder)
      guard result.status == 0 else { throw Failure("openssl: \(result.stderr)") }
    }
    let key = folder.appendingPathComponent("server.key").path
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: key)
    if getuid() == 0 {
      for file in ["server.key", "server.crt"] {
        try FileManager.default.setAttributes(
          [.ownerAccountName: "postgres"], ofItemAtPath: folder.appendingPathComponent(file).path)
      }
    }
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

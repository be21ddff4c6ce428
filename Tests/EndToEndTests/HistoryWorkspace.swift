import Foundation

/// A temporary folder with weekly copies of `Examples/minimal.yaml` (one unstarted task added),
/// a history file path, and a way to query that file with Python's sqlite3.
struct HistoryWorkspace {
  let folder: URL
  var history: URL { folder.appendingPathComponent("history.sqlite") }

  init() throws { folder = try BinaryRunner.temporaryFolder() }

  /// The base inventory, as of 2026-03-02, with `dedupe` added: planned 2026-02-16 for 10
  /// working days and never started, so its forecast end moves a week with each weekly as-of.
  static func baseInventory() throws -> String {
    let minimal = try String(
      contentsOf: BinaryRunner.root.appendingPathComponent("Examples/minimal.yaml"), encoding: .utf8
    )
    return minimal.replacingOccurrences(
      of: "    covers: [R-T3]",
      with: """
            covers: [R-T3]
          - id: dedupe
            title: Stop deduplicating on the phone number
            phase: implementation
            owner: Ana Costa
            start: 2026-02-16
            duration: 10
            progress: 0
        """)
  }

  /// Writes `text` as `name` in the folder and returns its path.
  func write(_ name: String, _ text: String) throws -> String {
    let url = folder.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  /// `report` of `inventory` into `out` (inside the folder) recording into the history.
  func report(_ inventory: String, out: String, _ extra: [String] = []) throws -> BinaryRunner.Run {
    try BinaryRunner.run(
      [
        "report", inventory, "--history", history.path, "--out",
        folder.appendingPathComponent(out).path,
      ]
        + extra)
  }

  func workbook(_ out: String) throws -> String {
    try String(
      contentsOf: folder.appendingPathComponent(out).appendingPathComponent("workbook.xml"),
      encoding: .utf8)
  }

  /// The rows `sql` returns from `file`, one line each, columns joined by `|` (as sqlite3 prints).
  static func query(_ file: URL, _ sql: String) throws -> [String] {
    let script = """
      import sqlite3, sys
      db = sqlite3.connect(sys.argv[1])
      for row in db.execute(sys.argv[2]):
          print("|".join("" if v is None else str(v) for v in row))
      """
    let run = try BinaryRunner.execute(
      URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script, file.path, sql])
    guard run.status == 0 else { throw QueryFailed(message: run.stderr) }
    return run.stdout.split(separator: "\n").map(String.init)
  }

  /// Runs the statements of `sql` on `file` with Python's sqlite3 and commits, as a user
  /// editing the file by hand would.
  static func edit(_ file: URL, _ sql: String) throws {
    let script = """
      import sqlite3, sys
      db = sqlite3.connect(sys.argv[1])
      db.executescript(sys.argv[2])
      db.commit()
      db.close()
      """
    let run = try BinaryRunner.execute(
      URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script, file.path, sql])
    guard run.status == 0 else { throw QueryFailed(message: run.stderr) }
  }

  /// The names in the folder, sorted: no `-wal`, `-shm` or journal may be left beside a file.
  func listing() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
  }

  struct QueryFailed: Error { let message: String }
}

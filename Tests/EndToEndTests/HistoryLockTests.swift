import Foundation
import ReadinessTestSupport
import Testing

/// A history another process keeps locked: after a few seconds the run says so, naming the
/// file, instead of waiting a minute and blaming permissions or disk space.
@Suite("a locked history is reported as locked, soon")
struct HistoryLockTests {
  /// Python holding an exclusive transaction on `file` until it is killed.
  final class Holder {
    let process = Process()

    init(_ file: URL) throws {
      let script = """
        import sqlite3, sys, time
        db = sqlite3.connect(sys.argv[1], isolation_level=None)
        db.execute("BEGIN EXCLUSIVE")
        db.execute("UPDATE snapshots SET tool_version = tool_version")
        print("locked", flush=True)
        time.sleep(120)
        """
      process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      process.arguments = ["python3", "-c", script, file.path]
      let out = Pipe()
      process.standardOutput = out
      try ProcessLaunch.run(process)
      let line = out.fileHandleForReading.availableData
      #expect(String(decoding: line, as: UTF8.self).hasPrefix("locked"))
    }

    /// SIGKILL: a child started from a test's worker thread may have SIGTERM blocked.
    deinit {
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
    }
  }

  @Test("report: exit 74 within seconds, 'locked' naming the file, the report files written")
  func report() throws {
    let space = try HistoryWorkspace()
    let inventory = try space.write("inventory.yaml", try HistoryWorkspace.baseInventory())
    #expect(try space.report(inventory, out: "first", ["--as-of", "2026-03-02"]).status == 0)
    let holder = try Holder(space.history)
    let started = Date()
    let run = try space.report(inventory, out: "out", ["--as-of", "2026-03-09"])
    let waited = Date().timeIntervalSince(started)
    withExtendedLifetime(holder) {}
    #expect(run.status == 74, "\(run.stderr)")
    #expect(
      run.stderr.contains(
        "\(space.history.path): error: this history file is locked by another process"),
      "\(run.stderr)")
    #expect(!run.stderr.contains("writable"), "not a permissions problem: \(run.stderr)")
    #expect(waited < 30, "gave up after \(waited) s")
    #expect(FileManager.default.fileExists(atPath: space.folder.path + "/out/report.html"))
    #expect(
      try HistoryWorkspace.query(space.history, "SELECT as_of FROM snapshots") == ["2026-03-02"])
  }
}

import Foundation
import Testing

/// Two runs of one programme take turns (a transaction-scoped advisory lock per programme), and
/// a run whose connection is lost while it waits leaves the database as it was.
@Suite("a PostgreSQL history: runs take turns, a lost connection records nothing")
struct PostgresLostConnectionTests {
  /// A finished run, handed from the thread that waited for it.
  final class Outcome: @unchecked Sendable {
    var run: BinaryRunner.Run?
    let done = DispatchSemaphore(value: 0)
  }

  @Test("a report waits for the programme's lock; its connection killed there, it exits 74")
  func lostWhileWaiting() throws {
    let cluster = try PostgresCluster()
    let space = try HistoryWorkspace()
    let inventory = try space.write("w1.yaml", try HistoryWorkspace.baseInventory())
    let first = try BinaryRunner.run(
      ["report", inventory, "--history", cluster.url(), "--out", space.folder.path + "/w1"])
    #expect(first.status == 0, "\(first.stderr)")
    let programme = try cluster.query("SELECT programme FROM snapshots")[0]
    let before = try cluster.query("SELECT id, as_of, overall_score FROM snapshots ORDER BY id")

    // Another session holds the programme's lock, as a run recording that programme would.
    let holder = Process()
    holder.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
    holder.arguments = [
      "-h", cluster.folder.path, "-p", "\(cluster.port)", "-U", "postgres", "-c",
      "SELECT pg_advisory_lock(hashtextextended('bsuid-readiness \(programme)', 0)),"
        + " pg_sleep(30)",
    ]
    (holder.standardOutput, holder.standardError) = (FileHandle.nullDevice, FileHandle.nullDevice)
    try holder.run()
    // SIGKILL: a child spawned from a worker thread may have SIGTERM blocked.
    defer { kill(holder.processIdentifier, SIGKILL) }

    let out = space.folder.appendingPathComponent("w1-again")
    let outcome = Outcome()
    let arguments = ["report", inventory, "--history", cluster.url(), "--out", out.path, "--quiet"]
    DispatchQueue.global().async {
      outcome.run = try? BinaryRunner.run(arguments, timeout: 60)
      outcome.done.signal()
    }
    let waiting =
      "SELECT pid FROM pg_stat_activity WHERE wait_event = 'advisory'"
      + " AND query LIKE '%pg_advisory_xact_lock%'"
    var waiter: [String] = []
    for _ in 0..<100 where waiter.isEmpty {
      waiter = try cluster.query(waiting)
      if waiter.isEmpty { Thread.sleep(forTimeInterval: 0.05) }
    }
    #expect(waiter.count == 1, "the second report never waited for the lock")
    try cluster.query("SELECT pg_terminate_backend(\(waiter.first ?? "0"))")
    outcome.done.wait()

    let run = try #require(outcome.run)
    #expect(run.status == 74)
    #expect(run.stderr.contains("the connection failed or was lost"), "\(run.stderr)")
    #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("report.html").path))
    #expect(
      try cluster.query("SELECT id, as_of, overall_score FROM snapshots ORDER BY id") == before)
  }
}

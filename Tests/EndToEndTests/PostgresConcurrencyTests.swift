import Foundation
import Testing

/// Reports started at once against one PostgreSQL database, empty at first: the first ones race
/// to create the schema, and runs of one programme and date take turns on its advisory lock.
@Suite("a PostgreSQL history: reports at once all record, none interleaved")
struct PostgresConcurrencyTests {
  /// The runs' exit codes and errors, gathered from the threads that ran them.
  final class Runs: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var results: [BinaryRunner.Run] = []
    func add(_ run: BinaryRunner.Run) { lock.withLock { results.append(run) } }
  }

  @Test("six reports of two dates at once into an empty database: two snapshots, rows not doubled")
  func atOnce() throws {
    let cluster = try PostgresCluster()
    let space = try HistoryWorkspace()
    let inventory = try space.write("inventory.yaml", try HistoryWorkspace.baseInventory())
    let url = cluster.url()
    let days = ["2026-03-02", "2026-03-09", "2026-03-02", "2026-03-09", "2026-03-02", "2026-03-09"]
    let folder = space.folder
    let runs = Runs()
    DispatchQueue.concurrentPerform(iterations: days.count) { index in
      let run = try? BinaryRunner.run(
        [
          "report", inventory, "--history", url, "--as-of", days[index], "--quiet", "--format",
          "xml", "--out", folder.appendingPathComponent("run-\(index)").path,
        ], timeout: 60)
      runs.add(run ?? BinaryRunner.Run(status: -1, stdout: "", stderr: "did not run"))
    }
    #expect(runs.results.map(\.status) == Array(repeating: 0, count: 6), "\(runs.results)")
    #expect(
      try cluster.query("SELECT as_of FROM snapshots ORDER BY as_of") == days.prefix(2).sorted())
    #expect(try cluster.query("SELECT count(*) FROM grdb_migrations") == ["4"])
    let tasks = try cluster.query(
      "SELECT count(*) FROM tasks GROUP BY snapshot_id ORDER BY snapshot_id")
    let single = try HistoryWorkspace.query(
      try Self.sqliteHistory(inventory, space), "SELECT count(*) FROM tasks")
    #expect(tasks == single + single)
  }

  /// One report of `inventory` recorded into a fresh SQLite history: the rows one run writes.
  static func sqliteHistory(_ inventory: String, _ space: HistoryWorkspace) throws -> URL {
    let run = try BinaryRunner.run([
      "report", inventory, "--history", space.history.path, "--as-of", "2026-03-02", "--quiet",
      "--format", "xml", "--out", space.folder.appendingPathComponent("sqlite").path,
    ])
    #expect(run.status == 0, "\(run.stderr)")
    return space.history
  }
}

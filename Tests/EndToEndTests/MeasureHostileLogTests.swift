import Foundation
import Testing

/// Issue #21's `measure` defects: special files, impossible timestamps, compression bombs.
@Suite("measure on hostile logs: regular files only, dated bodies, bounded inflation")
struct MeasureHostileLogTests {
  /// One incoming message at `timestamp` (a JSON Lines line).
  static func line(timestamp: String) -> String {
    #"{"entry":[{"changes":[{"value":{"metadata":{"display_phone_number":"31"},"messages":[{"from":"316","timestamp":"\#(timestamp)","type":"text"}]}}]}]}"#
  }

  @Test("a named pipe or /dev/zero named directly exits 66 at once, naming what it is")
  func specialFilesNamed() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let fifo = folder.appendingPathComponent("log.jsonl").path
    #expect(mkfifo(fifo, 0o600) == 0)
    for (path, kind) in [(fifo, "a named pipe (FIFO)"), ("/dev/zero", "a device")] {
      let run = try BinaryRunner.run(["measure", path], timeout: 20)
      #expect(run.status == 66, "\(run.stderr)")
      #expect(run.stderr.contains("\(path): error: it is \(kind), not a regular file or folder"))
    }
  }

  @Test(
    "in a folder, links to a pipe or a device, a link loop and a subfolder are named and skipped")
  func specialFilesInAFolder() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let logs = folder.appendingPathComponent("logs")
    try FileManager.default.createDirectory(
      at: logs.appendingPathComponent("d.json"), withIntermediateDirectories: true)
    #expect(mkfifo(folder.appendingPathComponent("fifo").path, 0o600) == 0)
    let links = ["a.json": folder.appendingPathComponent("fifo").path, "b.json": "/dev/zero"]
    for (name, target) in links.merging(["c.json": "c.json"]) { first, _ in first } {
      try FileManager.default.createSymbolicLink(
        atPath: logs.appendingPathComponent(name).path, withDestinationPath: target)
    }
    try Data(Self.line(timestamp: "1788220800").utf8).write(
      to: logs.appendingPathComponent("e.json"))
    let run = try BinaryRunner.run(["measure", logs.path], timeout: 20)
    #expect(run.status == 0, "\(run.stderr)")
    for (name, kind) in [
      ("a.json", "a named pipe (FIFO)"), ("b.json", "a device"), ("c.json", "a symbolic link loop"),
      ("d.json", "a folder"),
    ] {
      let expected = "\(logs.path)/\(name): warning: skipped: it is \(kind), not a regular file"
      #expect(run.stderr.contains(expected), "\(run.stderr)")
    }
    #expect(run.stdout.contains("  sample_size: 1\n"), "\(run.stdout)")
  }

  @Test("timestamps outside 2000-2100 or not whole numbers count as malformed lines")
  func impossibleTimestamps() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let log = folder.appendingPathComponent("log.jsonl")
    let stamps = ["0", "9223372036854775807", "-86400", "4133980800", "soon", "1788220800"]
    try Data(stamps.map(Self.line(timestamp:)).joined(separator: "\n").utf8).write(to: log)
    let run = try BinaryRunner.run(["measure", log.path])
    // Five of six malformed: most of the log is unusable, so nothing is written.
    #expect(run.status == 65, "\(run.stderr)")
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.contains("Read 6 values: 1 plain bodies\n  5 malformed, skipped\n"))
    #expect(
      run.stderr.contains(
        "hint: the first (\(log.path):1) is a message without a timestamp from 2000 to 2100"),
      "\(run.stderr)")
    // With as many good lines after them, the count is used.
    let good = Array(repeating: "1788220800", count: 5)
    try Data((stamps + good).map(Self.line(timestamp:)).joined(separator: "\n").utf8).write(to: log)
    let used = try BinaryRunner.run(["measure", log.path])
    #expect(used.status == 0, "\(used.stderr)")
    #expect(used.stdout.contains("  measured_to: 2026-09-06\n  sample_size: 6\n"), "\(used.stdout)")
    #expect(used.stdout.contains("  bodies_read: 11\n  malformed_skipped: 5\n"), "\(used.stdout)")
  }

  @Test("a gzip file inflating past --max-inflated-mib is named and skipped, counting nothing")
  func inflationLimit() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let bomb = folder.appendingPathComponent("bomb.jsonl.gz")
    let line = Self.line(timestamp: "1788220800")
    _ = try SchemaTests().python([
      "-c",
      "import gzip, sys; gzip.open(sys.argv[1], 'wb').write((sys.argv[2] + '\\n' * (3 << 20)).encode())",
      bomb.path, line,
    ])
    let run = try BinaryRunner.run(["measure", bomb.path, "--max-inflated-mib", "2"])
    // The only log skipped: nothing counted, nothing written.
    #expect(run.status == 65, "\(run.stderr)")
    #expect(
      run.stderr.contains("\(bomb.path): warning: skipped: it inflates to more than 2 MiB"),
      "\(run.stderr)")
    #expect(run.stderr.contains("error: no incoming message was counted; nothing was written"))
    #expect(run.stdout.isEmpty, "\(run.stdout)")
    let within = try BinaryRunner.run(["measure", bomb.path, "--max-inflated-mib", "4"])
    #expect(within.stdout.contains("  sample_size: 1\n"), "\(within.stdout)")
    for value in ["0", "1048577", "-1", "1e3"] {
      let refused = try BinaryRunner.run(["measure", bomb.path, "--max-inflated-mib=\(value)"])
      #expect(refused.status == 64, "\(value): \(refused.stderr)")
    }
  }
}

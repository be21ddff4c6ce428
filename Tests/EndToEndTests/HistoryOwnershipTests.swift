import Foundation
import Testing

/// A history is read before anything is written to it: a file that is not a history of this
/// tool is refused and left as it was, `diff` never writes, and a history the user cannot write
/// is read without leaving `-wal` or `-shm` files behind.
@Suite("opening a history never writes to a file that is not one, nor from diff")
struct HistoryOwnershipTests {
  /// Creates `file` with Python's sqlite3 as another application would (rollback journal).
  static func foreignDatabase(_ file: URL) throws {
    try HistoryWorkspace.edit(
      file,
      """
      PRAGMA application_id = 1234;
      CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);
      INSERT INTO notes (body) VALUES ('keep me');
      """)
  }

  /// `report` and `diff` both exit 74 naming `file` with `message`, leaving it and its folder
  /// as they were.
  static func expectRefused(_ space: HistoryWorkspace, _ file: URL, message: String) throws {
    let inventory = try space.write("inventory.yaml", try HistoryWorkspace.baseInventory())
    let bytes = try? Data(contentsOf: file)
    let listing = try space.listing()
    let report = try BinaryRunner.run([
      "report", inventory, "--history", file.path, "--out", space.folder.path + "/out",
    ])
    #expect(report.status == 74, "\(report.stderr)")
    #expect(report.stderr.contains("\(file.path): error: \(message)"), "\(report.stderr)")
    #expect(FileManager.default.fileExists(atPath: space.folder.path + "/out/report.html"))
    let diff = try BinaryRunner.run([
      "diff", "--history", file.path, "--from", "2026-03-02", "--to", "2026-03-09",
    ])
    #expect(diff.status == (bytes == nil ? 66 : 74), "\(diff.stderr)")
    #expect((try? Data(contentsOf: file)) == bytes)
    #expect(try space.listing() == (listing + ["out"]).sorted(), "nothing created beside it")
  }

  @Test("another application's database: refused, its tables and journal mode unchanged")
  func foreign() throws {
    let space = try HistoryWorkspace()
    let other = space.folder.appendingPathComponent("other.db")
    try Self.foreignDatabase(other)
    try Self.expectRefused(
      space, other, message: "this file is not a bsuid-readiness history")
    #expect(try HistoryWorkspace.query(other, "SELECT body FROM notes") == ["keep me"])
  }

  @Test("an empty file: refused and left empty")
  func empty() throws {
    let space = try HistoryWorkspace()
    try Data().write(to: space.history)
    try Self.expectRefused(
      space, space.history, message: "this file is not a bsuid-readiness history (it is empty)")
  }

  @Test("a dangling history.sqlite link: refused, and its target is not created")
  func danglingLink() throws {
    let space = try HistoryWorkspace()
    try FileManager.default.createSymbolicLink(
      atPath: space.history.path, withDestinationPath: "elsewhere.sqlite")
    try Self.expectRefused(
      space, space.history,
      message: "this file is not a bsuid-readiness history (it is a link to a missing file)")
    #expect(
      try FileManager.default.destinationOfSymbolicLink(atPath: space.history.path)
        == "elsewhere.sqlite")
  }

  /// A history with the snapshots of 2026-03-02 and 2026-03-09.
  static func twoWeeks() throws -> HistoryWorkspace {
    let space = try HistoryWorkspace()
    let inventory = try space.write("inventory.yaml", try HistoryWorkspace.baseInventory())
    for day in ["2026-03-02", "2026-03-09"] {
      #expect(try space.report(inventory, out: "week-\(day)", ["--as-of", day]).status == 0)
    }
    return space
  }

  @Test("diff never writes: the history byte-identical, no -wal or -shm left")
  func diffReadsOnly() throws {
    let space = try Self.twoWeeks()
    let bytes = try Data(contentsOf: space.history)
    let listing = try space.listing()
    for _ in 0..<2 {
      let run = try BinaryRunner.run([
        "diff", "--history", space.history.path, "--from", "2026-03-02", "--to", "2026-03-09",
      ])
      #expect(run.status == 0, "\(run.stderr)")
    }
    #expect(try Data(contentsOf: space.history) == bytes)
    #expect(try space.listing() == listing)
  }

  @Test("a history the user cannot write: diff reads it, report refuses it; no -wal or -shm left")
  func readOnly() throws {
    let space = try Self.twoWeeks()
    let inventory = space.folder.appendingPathComponent("inventory.yaml").path
    let reader = try ReadOnlyUser(space)
    let bytes = try Data(contentsOf: space.history)
    let listing = try space.listing()
    let diff = try reader.run([
      "diff", "--history", space.history.path, "--from", "2026-03-02", "--to", "2026-03-09",
    ])
    #expect(diff.status == 0, "\(diff.stderr)")
    #expect(diff.stdout.contains("changes from 2026-03-02 to 2026-03-09"))
    #expect(try space.listing() == listing, "no -wal or -shm left by diff")
    let report = try reader.run([
      "report", inventory, "--as-of", "2026-03-16", "--history", space.history.path, "--out",
      space.folder.path + "/out",
    ])
    #expect(report.status == 74, "\(report.stderr)")
    #expect(
      report.stderr.contains(
        "\(space.history.path): error: this history file or its folder cannot be written"),
      "\(report.stderr)")
    #expect(try Data(contentsOf: space.history) == bytes)
    #expect(try space.listing() == (listing + ["out"]).sorted(), "no -wal or -shm left")
  }
}

/// Runs the binary as a user who can read the workspace's history but not write it, in a folder
/// they can write: as `nobody` when the tests run as root (who may write any file), else as the
/// current user with the file made read-only.
struct ReadOnlyUser {
  let asRoot = getuid() == 0

  init(_ space: HistoryWorkspace) throws {
    let manager = FileManager.default
    try manager.setAttributes([.posixPermissions: 0o777], ofItemAtPath: space.folder.path)
    try manager.setAttributes(
      [.posixPermissions: asRoot ? 0o644 : 0o444], ofItemAtPath: space.history.path)
  }

  func run(_ arguments: [String]) throws -> BinaryRunner.Run {
    guard asRoot else { return try BinaryRunner.run(arguments) }
    return try BinaryRunner.execute(
      URL(fileURLWithPath: "/usr/bin/setpriv"),
      ["--reuid=65534", "--regid=65534", "--clear-groups", BinaryRunner.binary.path] + arguments,
      environment: ["NO_COLOR": "1"])
  }
}

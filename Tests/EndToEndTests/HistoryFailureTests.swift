import Foundation
import Testing

/// A history that cannot be used is never rewritten; a failed run records nothing.
@Suite("report leaves an unusable history untouched and still writes the report")
struct HistoryFailureTests {
  /// Runs a report into `space` whose history holds `bytes`, and checks it exits 74 naming the
  /// file with `message`, writes both outputs, and leaves the file byte-identical and alone.
  func expectUntouched(_ bytes: Data, message: String) throws {
    let space = try HistoryWorkspace()
    try bytes.write(to: space.history)
    let inventory = try space.write("inventory.yaml", try HistoryWorkspace.baseInventory())
    let run = try space.report(inventory, out: "out", ["--fail-under", "90"])
    #expect(run.status == 74, "\(run.stderr)")
    #expect(run.stderr.contains("\(space.history.path): error: \(message)"), "\(run.stderr)")
    #expect(
      run.stderr.contains(": --fail-under 90: "), "the gate is still reported")
    for name in ["report.html", "workbook.xml"] {
      #expect(
        FileManager.default.fileExists(
          atPath: space.folder.appendingPathComponent("out/\(name)").path))
    }
    #expect(try Data(contentsOf: space.history) == bytes)
    let left = try FileManager.default.contentsOfDirectory(atPath: space.folder.path).sorted()
    #expect(left == ["history.sqlite", "inventory.yaml", "out"], "no -wal, -shm or journal left")
    #expect(!(try space.workbook("out")).contains("<trend>"))
  }

  @Test("a history file that is not a database: exit 74, outputs written, file byte-identical")
  func notADatabase() throws {
    let bytes = Data((0..<300).map { UInt8(truncatingIfNeeded: $0 &* 7) }) + Data("week 48".utf8)
    try expectUntouched(bytes, message: "this history file is not an SQLite database")
  }

  @Test("a history written by a newer version (an unknown migration): exit 74, byte-identical")
  func newerSchema() throws {
    let space = try HistoryWorkspace()
    let inventory = try space.write("inventory.yaml", try HistoryWorkspace.baseInventory())
    #expect(try space.report(inventory, out: "out").status == 0)
    // A newer version's migration, committed, in a file left in rollback-journal mode.
    let commit = try BinaryRunner.execute(
      URL(fileURLWithPath: "/usr/bin/env"),
      [
        "python3", "-c",
        "import sqlite3,sys; db=sqlite3.connect(sys.argv[1]); db.execute(\"INSERT OR IGNORE INTO grdb_migrations VALUES ('v99-from-the-future')\"); db.commit(); db.execute('PRAGMA journal_mode=DELETE'); db.close()",
        space.history.path,
      ])
    #expect(commit.status == 0, "\(commit.stderr)")
    try expectUntouched(
      try Data(contentsOf: space.history),
      message: "this history file was written by a newer bsuid-readiness")
  }

  @Test("a run failing on a template error keeps last week's outputs and records no snapshot")
  func templateError() throws {
    let space = try HistoryWorkspace()
    let inventory = try space.write("inventory.yaml", try HistoryWorkspace.baseInventory())
    #expect(try space.report(inventory, out: "out", ["--as-of", "2026-03-02"]).status == 0)
    let previous = try Data(contentsOf: space.folder.appendingPathComponent("out/report.html"))
    let templates = space.folder.appendingPathComponent("templates/html")
    try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
    try Data("{{#broken}}never closed".utf8).write(
      to: templates.appendingPathComponent("report.mustache"))
    let run = try space.report(
      inventory, out: "out",
      ["--as-of", "2026-03-09", "--templates", templates.deletingLastPathComponent().path])
    #expect(run.status == 65, "\(run.stderr)")
    #expect(
      try Data(contentsOf: space.folder.appendingPathComponent("out/report.html")) == previous)
    #expect(
      try FileManager.default.contentsOfDirectory(
        atPath: space.folder.appendingPathComponent("out").path
      ).sorted() == ["briefing.html", "report.html", "workbook.xlsx", "workbook.xml"])
    #expect(
      try HistoryWorkspace.query(space.history, "SELECT as_of FROM snapshots") == ["2026-03-02"])
  }

  @Test("an unwritable output folder keeps the previous outputs and records no snapshot")
  func unwritableOutput() throws {
    let space = try HistoryWorkspace()
    let inventory = try space.write("inventory.yaml", try HistoryWorkspace.baseInventory())
    let out = space.folder.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    try Data("last week".utf8).write(to: out.appendingPathComponent("report.html"))
    try FileManager.default.createDirectory(
      at: out.appendingPathComponent("workbook.xml"), withIntermediateDirectories: true)
    let run = try space.report(inventory, out: "out")
    #expect(run.status == 74, "\(run.stderr)")
    #expect(
      try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        == "last week")
    #expect(try HistoryWorkspace.query(space.history, "SELECT count(*) FROM snapshots") == ["0"])
  }
}

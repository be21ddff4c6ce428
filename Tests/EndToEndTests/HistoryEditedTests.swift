import Foundation
import Testing

/// A history edited by hand (a value of the wrong type, an unknown value, a renamed column) is
/// reported as unreadable: exit 74 naming the file, every other file written, the database left
/// byte-identical; never a crash.
@Suite("an edited history: report, diff and portfolio exit 74 and leave it alone")
struct HistoryEditedTests {
  static let edits = [
    "UPDATE snapshots SET overall_score = 'n/a'",
    "UPDATE tasks SET slip = 'x'",
    "ALTER TABLE snapshots RENAME COLUMN overall_score TO score",
    "ALTER TABLE items RENAME COLUMN completion TO done",
    "UPDATE phases SET rag = 'purple'",
  ]

  /// A history holding the snapshots of 2026-03-02 and 2026-03-09, then edited with `sql`.
  static func edited(_ sql: String) throws -> (space: HistoryWorkspace, inventory: String) {
    let space = try HistoryWorkspace()
    let inventory = try space.write("inventory.yaml", try HistoryWorkspace.baseInventory())
    for day in ["2026-03-02", "2026-03-09"] {
      #expect(try space.report(inventory, out: "week-\(day)", ["--as-of", day]).status == 0)
    }
    try HistoryWorkspace.edit(space.history, sql)
    return (space, inventory)
  }

  /// Exit 74 naming the file as unreadable, with a hint that is not about permissions.
  static func expectUnreadable(_ run: BinaryRunner.Run, _ file: URL) {
    #expect(run.status == 74, "\(run.stderr)")
    #expect(
      run.stderr.contains("\(file.path): error: this history file holds a value"), "\(run.stderr)")
    #expect(run.stderr.contains("hint: it was edited or damaged"), "\(run.stderr)")
    #expect(!run.stderr.contains("writable"), "not a permissions problem: \(run.stderr)")
  }

  @Test("report: exit 74, every report file written, the history byte-identical", arguments: edits)
  func report(sql: String) throws {
    let (space, inventory) = try Self.edited(sql)
    let bytes = try Data(contentsOf: space.history)
    let listing = try space.listing()
    let run = try space.report(inventory, out: "out", ["--as-of", "2026-03-16"])
    Self.expectUnreadable(run, space.history)
    for name in ["report.html", "briefing.html", "workbook.xml", "workbook.xlsx"] {
      let path = space.folder.appendingPathComponent("out/\(name)").path
      #expect(FileManager.default.fileExists(atPath: path), "\(name) missing")
    }
    #expect(try Data(contentsOf: space.history) == bytes)
    #expect(try space.listing() == (listing + ["out"]).sorted(), "no -wal, -shm or journal left")
  }

  @Test("diff --history: exit 74 naming the file, the history byte-identical", arguments: edits)
  func diff(sql: String) throws {
    let (space, _) = try Self.edited(sql)
    let bytes = try Data(contentsOf: space.history)
    let listing = try space.listing()
    let run = try BinaryRunner.run([
      "diff", "--history", space.history.path, "--from", "2026-03-02", "--to", "2026-03-09",
    ])
    Self.expectUnreadable(run, space.history)
    #expect(try Data(contentsOf: space.history) == bytes)
    #expect(try space.listing() == listing)
  }

  @Test(
    "portfolio: an edited portfolio.sqlite gives exit 74 after every client and the roll-up",
    arguments: [
      "UPDATE clients SET overall_score = 'n/a'", "UPDATE clients SET critical_risks = 'many'",
      "UPDATE runs SET as_of = '2026-02-30'", "ALTER TABLE clients RENAME COLUMN name TO title",
    ])
  func portfolio(sql: String) throws {
    let space = try PortfolioTrendTests.workspace()
    try FileManager.default.removeItem(at: space.appendingPathComponent("clients/cycle.yaml"))
    #expect(try PortfolioTrendTests.portfolio("2026-03-02", in: space).status == 0)
    let database = space.appendingPathComponent("out/portfolio.sqlite")
    try HistoryWorkspace.edit(database, sql)
    let bytes = try Data(contentsOf: database)
    let index = space.appendingPathComponent("out/index.html")
    try FileManager.default.removeItem(at: index)
    let run = try PortfolioTrendTests.portfolio("2026-03-09", in: space)
    Self.expectUnreadable(run, database)
    #expect(run.stderr.contains("every client and the roll-up were written"), "\(run.stderr)")
    #expect(FileManager.default.fileExists(atPath: index.path))
    for client in ["contact-centre", "shop"] {
      let folder = space.appendingPathComponent("out/\(client)")
      #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).count >= 2)
    }
    #expect(try Data(contentsOf: database) == bytes)
    let files = try FileManager.default.contentsOfDirectory(
      atPath: space.appendingPathComponent("out").path)
    #expect(!files.contains { $0.hasSuffix("-wal") || $0.hasSuffix("-shm") }, "\(files)")
  }
}

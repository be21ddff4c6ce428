import Foundation
import GRDB
import Testing

@testable import ReadinessCore
@testable import ReadinessHistory

/// The messages kept beside the history's English texts (migrations `v4-messages` and the
/// portfolio's `v2-messages`): recorded, read back, and absent from files written before.
@Suite("the history keeps each reason's and title's message beside its English")
struct HistoryMessageTests {
  static let reason = Message(
    RAGMessages.all[0], ["rag": .word(WordMessages.rag(.red)), "why": .text("late")])
  static let title = Message(RiskMessages.taskLate, ["title": .text("T"), "reason": .count(2)])

  /// The store tests' snapshot with a generated risk's title and the reason as messages, and a
  /// manual risk's title as written.
  static func snapshot() -> Snapshot {
    var snapshot = HistoryStoreTests.snapshot("acme", "2026-03-02", score: 40)
    snapshot.overall = ScoreRAG(score: 40, rag: .red, reason: reason)
    snapshot.risks.append(
      Snapshot.RiskEntry(
        id: "task-late:t1", kind: "task-late", severity: .high, title: title.english,
        titleMessage: title, open: false))
    return snapshot
  }

  /// A store of the schema's first `count` migrations at `path`.
  static func older(_ schema: StoreSchema, _ count: Int, at path: String) throws -> SQLiteFile {
    let old = StoreSchema(
      applicationID: schema.applicationID, migrations: Array(schema.migrations.prefix(count)))
    return try SQLiteFile(path: path, schema: old, forWriting: true)
  }

  @Test("messages read back as recorded; the inventory's own text is stored as NULL")
  func roundTrip() throws {
    let folder = try TemporaryDatabase()
    try HistoryStore(path: folder.path(), forWriting: true).record(
      Self.snapshot(), toolVersion: "1")
    let read = try #require(
      try HistoryStore(path: folder.path(), forWriting: false).snapshot(
        of: "acme", at: HistoryStoreTests.day("2026-03-02")))
    #expect(read == Self.snapshot())
    #expect(read.overall.reasonMessage == Self.reason)
    #expect(read.risks.map(\.titleMessage) == [.verbatim("t"), Self.title])
    let stored = try DatabaseQueue(path: folder.path()).read {
      try String?.fetchAll($0, sql: "SELECT title_message FROM risks ORDER BY position")
    }
    #expect(stored == [nil, Self.title.stored])
  }

  @Test("a v3 history migrates in place; its rows show their English, new rows their messages")
  func fromVersion3() throws {
    let folder = try TemporaryDatabase()
    let v3 = try Self.older(HistorySchema.schema, 3, at: folder.path())
    try v3.write { db in
      try db.execute(
        sql: """
          INSERT INTO snapshots (id, programme, as_of, overall_score, overall_rag, overall_reason, tool_version)
          VALUES (1, 'acme', '2026-02-23', 30, 'red', 'Red, as written then.', 'old');
          INSERT INTO risks VALUES (1, 0, 'task-late:t1', 'task-late', 'high', 'Task T is late', 1);
          """)
    }
    let day = HistoryStoreTests.day("2026-02-23")
    // Read only, not yet migrated: the English, verbatim.
    let before = try #require(
      try HistoryStore(path: folder.path(), forWriting: false).snapshot(of: "acme", at: day))
    #expect(before.overall.reasonMessage == .verbatim("Red, as written then."))
    #expect(before.risks.map(\.titleMessage) == [.verbatim("Task T is late")])

    let store = try HistoryStore(path: folder.path(), forWriting: true)
    try store.record(Self.snapshot(), toolVersion: "2")
    let old = try #require(try store.snapshot(of: "acme", at: day))
    #expect(old.overall.reasonMessage == .verbatim("Red, as written then."))
    #expect(old.risks.map(\.titleMessage) == [.verbatim("Task T is late")])
    let new = try store.snapshot(of: "acme", at: HistoryStoreTests.day("2026-03-02"))
    #expect(new?.risks.last?.titleMessage == Self.title)
    let migrations = try DatabaseQueue(path: folder.path()).read {
      try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier")
    }
    #expect(migrations == ["v1", "v2", "v3-commentary", "v4-messages"])
  }

  @Test("a client's reason message reads back from the portfolio database, and copies")
  func portfolio() throws {
    let folder = try TemporaryDatabase()
    var entry = PortfolioStoreTests.entry("a", 30)
    entry.reason = Self.reason.english
    entry.storedReason = Self.reason.stored
    let day = HistoryStoreTests.day("2026-03-02")
    try PortfolioStore(path: folder.path(), forWriting: true).record(
      [entry, PortfolioStoreTests.entry("b", 60)], asOf: day, toolVersion: "1")
    let copy = try PortfolioStore(path: folder.path("copy.sqlite"), forWriting: true)
    #expect(try PortfolioStore(path: folder.path(), forWriting: false).copy(into: copy) == 1)
    let read = try copy.runs(before: HistoryStoreTests.day("2026-03-09"), limit: 1)
    #expect(read.first?.entries.map(\.reasonMessage) == [Self.reason, .verbatim("why")])
  }

  @Test("a v1 portfolio database migrates in place; its reasons show their English")
  func portfolioFromVersion1() throws {
    let folder = try TemporaryDatabase()
    let day = HistoryStoreTests.day("2026-03-02")
    try PortfolioStore(path: folder.path(), forWriting: true).record(
      [PortfolioStoreTests.entry("a", 30)], asOf: day, toolVersion: "1")
    // Back to v1, as an older version left it: the column and the migration gone.
    try DatabaseQueue(path: folder.path()).write {
      try $0.execute(
        sql: """
          ALTER TABLE clients DROP COLUMN overall_reason_message;
          DELETE FROM grdb_migrations WHERE identifier = 'v2-messages';
          """)
    }
    let readOnly = try PortfolioStore(path: folder.path(), forWriting: false)
    let before = try readOnly.runs(before: HistoryStoreTests.day("2026-03-09"), limit: 1)
    #expect(before.first?.entries.map(\.reasonMessage) == [.verbatim("why")])
    let store = try PortfolioStore(path: folder.path(), forWriting: true)
    try store.record(
      [PortfolioStoreTests.entry("a", 30)], asOf: HistoryStoreTests.day("2026-03-09"),
      toolVersion: "2")
    let runs = try store.runs(before: HistoryStoreTests.day("2026-03-16"), limit: 2)
    #expect(runs.flatMap(\.entries).map(\.reasonMessage) == [.verbatim("why"), .verbatim("why")])
  }
}

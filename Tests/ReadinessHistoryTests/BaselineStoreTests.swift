import Foundation
import GRDB
import ReadinessCore
import Testing

@testable import ReadinessHistory

/// Baselines saved into a history file and read back.
@Suite("HistoryStore: baselines by programme and name")
struct BaselineStoreTests {
  static func day(_ iso: String) -> Day { Day(iso: iso) ?? Day(ordinal: 0) }

  static func baseline(_ name: String, end: String = "2026-03-13") -> Baseline {
    Baseline(
      name: name, savedOn: day("2026-03-02"),
      tasks: [
        Baseline.Task(
          id: "t1", title: "Task 'one'", start: day("2026-03-02"), end: day(end), milestone: false),
        Baseline.Task(
          id: "gate", title: "Gate", start: day("2026-06-29"), end: day("2026-06-29"),
          milestone: true),
      ], finish: day(end))
  }

  static func save(
    _ store: HistoryStore, _ baseline: Baseline, of programme: String = "acme",
    replace: Bool = false
  )
    throws -> HistoryStore.BaselineSaving
  {
    try store.save(baseline, of: programme, replace: replace, toolVersion: "test")
  }

  @Test("a baseline reads back exactly as saved, from a reopened file; names list in saved order")
  func roundTrip() throws {
    let folder = try TemporaryDatabase()
    let store = try HistoryStore(path: folder.path(), forWriting: true)
    #expect(try Self.save(store, Self.baseline("v2")) == .saved)
    #expect(try Self.save(store, Self.baseline("v1")) == .saved)
    #expect(try Self.save(store, Self.baseline("v1"), of: "other") == .saved)
    let reopened = try HistoryStore(path: folder.path(), forWriting: false)
    #expect(try reopened.baseline(of: "acme", named: "v1") == Self.baseline("v1"))
    #expect(try reopened.baselineNames(of: "acme") == ["v2", "v1"])
    #expect(try reopened.baselineNames(of: "nobody") == [])
    #expect(try reopened.baseline(of: "acme", named: "v3") == nil)
    #expect(try BaselineChoice.name(nil, among: reopened.baselineNames(of: "acme")) == "v2")
  }

  @Test("a snapshot keeps the baseline it was compared with; one without keeps none")
  func snapshotMark() throws {
    let folder = try TemporaryDatabase()
    let store = try HistoryStore(path: folder.path(), forWriting: true)
    var marked = HistoryStoreTests.snapshot("acme", "2026-03-09", score: 60)
    marked.baseline = BaselineMark(name: "v1", finish: Self.day("2026-03-13"))
    try store.record(marked, toolVersion: "test")
    try store.record(HistoryStoreTests.snapshot("acme", "2026-03-02", score: 50), toolVersion: "t")
    #expect(try store.snapshot(of: "acme", at: Self.day("2026-03-09"))?.baseline == marked.baseline)
    #expect(try store.snapshot(of: "acme", at: Self.day("2026-03-02"))?.baseline == nil)
  }

  @Test("a name already saved is refused without replace, replaced with it, keeping its place")
  func duplicate() throws {
    let folder = try TemporaryDatabase()
    let store = try HistoryStore(path: folder.path(), forWriting: true)
    _ = try Self.save(store, Self.baseline("first"))
    _ = try Self.save(store, Self.baseline("second"))
    let moved = Self.baseline("first", end: "2026-04-30")
    #expect(try Self.save(store, moved) == .exists)
    #expect(try store.baseline(of: "acme", named: "first") == Self.baseline("first"))
    #expect(try Self.save(store, moved, replace: true) == .replaced)
    #expect(try store.baseline(of: "acme", named: "first") == moved)
    #expect(try store.baselineNames(of: "acme") == ["first", "second"])
  }

  @Test("another application's database is refused and left as it was")
  func notOurs() throws {
    let folder = try TemporaryDatabase()
    let before = try SQLiteFileOwnershipTests.database(
      folder.path(), "PRAGMA application_id = 1234; CREATE TABLE baselines (x TEXT);")
    #expect(
      throws: HistoryError.notAHistory(
        path: folder.path(), reason: "it is another application's database")
    ) {
      _ = try HistoryStore(path: folder.path(), forWriting: true)
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: folder.path())) == before)
  }

  @Test("a history a newer version migrated is refused and left as it was")
  func newer() throws {
    let folder = try TemporaryDatabase()
    _ = try HistoryStore(path: folder.path(), forWriting: true)
    let queue = try DatabaseQueue(path: folder.path())
    try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v99')") }
    try queue.close()
    let before = try Data(contentsOf: URL(fileURLWithPath: folder.path()))
    #expect(throws: HistoryError.newerSchema(path: folder.path())) {
      _ = try HistoryStore(path: folder.path(), forWriting: true)
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: folder.path())) == before)
  }

  @Test("a v1 history (before baselines) lists none, and saving one migrates it, snapshots kept")
  func fromVersion1() throws {
    let folder = try TemporaryDatabase()
    let v1 = StoreSchema(
      applicationID: HistorySchema.schema.applicationID,
      migrations: [HistorySchema.schema.migrations[0]])
    let old = try SQLiteFile(path: folder.path(), schema: v1, forWriting: true)
    try old.write { db in
      try db.execute(
        sql: """
          INSERT INTO snapshots (programme, as_of, overall_score, overall_rag, overall_reason, tool_version)
          VALUES ('acme', '2026-03-02', 50, 'amber', 'r', 'old')
          """)
    }
    let store = try HistoryStore(path: folder.path(), forWriting: true)
    #expect(try store.baselineNames(of: "acme") == [])
    #expect(try Self.save(store, Self.baseline("v1")) == .saved)
    #expect(try store.baselineNames(of: "acme") == ["v1"])
    #expect(try store.programmes() == ["acme"])
  }
}

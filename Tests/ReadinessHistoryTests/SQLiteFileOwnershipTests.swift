import Foundation
import GRDB
import Testing

@testable import ReadinessHistory

/// Which files a store takes for its own, and that reading one creates nothing beside it.
@Suite("SQLiteFile: a store's own files, read without writing")
struct SQLiteFileOwnershipTests {
  static let schema = SQLiteFileTests.v1

  /// A database made by GRDB directly with `sql`, in WAL mode, left without `-wal` or `-shm`.
  static func database(_ path: String, _ sql: String) throws -> Data {
    let pool = try DatabasePool(path: path)
    try pool.write { db in try db.execute(sql: sql) }
    try pool.close()
    return try Data(contentsOf: URL(fileURLWithPath: path))
  }

  @Test("a file from before the application id, holding the store's tables, is the store's")
  func withoutApplicationID() throws {
    let folder = try TemporaryDatabase()
    _ = try Self.database(
      folder.path(),
      """
      CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
      INSERT INTO grdb_migrations VALUES ('v1');
      CREATE TABLE things (id INTEGER, name TEXT);
      INSERT INTO things VALUES (1, 'old');
      """)
    let file = try SQLiteFile(path: folder.path(), schema: Self.schema, forWriting: true)
    try file.write { db in try db.execute(sql: "INSERT INTO things VALUES (2, 'new')") }
    #expect(
      try file.read { try String.fetchAll($0, sql: "SELECT name FROM things") } == ["old", "new"])
  }

  @Test(
    "another application's database, by its application id or its tables, is refused untouched",
    arguments: [
      "PRAGMA application_id = 42; CREATE TABLE things (id INTEGER, name TEXT);",
      "CREATE TABLE notes (body TEXT);",
    ])
  func foreign(sql: String) throws {
    let folder = try TemporaryDatabase()
    let bytes = try Self.database(folder.path(), sql)
    for forWriting in [true, false] {
      #expect {
        try SQLiteFile(path: folder.path(), schema: Self.schema, forWriting: forWriting)
      } throws: { error in
        guard case .notAHistory = error as? HistoryError else { return false }
        return true
      }
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: folder.path())) == bytes)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.folder.path).count == 1)
  }

  @Test("reading a store in WAL mode leaves no -wal or -shm beside it; a reader never writes")
  func readingCreatesNothing() throws {
    let folder = try TemporaryDatabase()
    let file = try SQLiteFile(path: folder.path(), schema: Self.schema, forWriting: true)
    try file.write { db in try db.execute(sql: "INSERT INTO things VALUES (1, 'kept')") }
    let bytes = try Data(contentsOf: URL(fileURLWithPath: folder.path()))
    let reader = try SQLiteFile(path: folder.path(), schema: Self.schema, forWriting: false)
    #expect(try reader.read { try String.fetchAll($0, sql: "SELECT name FROM things") } == ["kept"])
    #expect(throws: HistoryError.readOnly(path: folder.path())) {
      try reader.write { db in try db.execute(sql: "DELETE FROM things") }
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.folder.path).count == 1)
    #expect(try Data(contentsOf: URL(fileURLWithPath: folder.path())) == bytes)
  }

  @Test("a value of another type, a missing column or a number out of range is unreadable")
  func checkedRows() throws {
    let queue = try DatabaseQueue()
    let row = try queue.read { db in
      try Row.fetchOne(db, sql: "SELECT 'n/a' AS score, 150.0 AS share, 'purple' AS rag")!
    }
    let stored = StoredRow(row: row, table: "t")
    func reason(_ body: () throws -> Void) -> String? {
      do { try body() } catch let error as StoredRow.Unreadable { return error.reason } catch {}
      return nil
    }
    #expect(
      reason { _ = try stored.value("score") as Double } == "t.score holds 'n/a', not a number")
    #expect(reason { _ = try stored.value("slip") as Int } == "t has no column slip")
    #expect(
      reason { _ = try stored.number("share", in: 0...100) }
        == "t.share holds 150.0, outside 0.0…100.0")
    #expect(reason { _ = try stored.day("rag") } == "t.rag holds 'purple', not a date")
  }
}

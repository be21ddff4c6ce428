import Foundation
import GRDB
import Testing

@testable import ReadinessHistory

/// The plumbing both stores share: migrations, the guard against files this version must not
/// write, and all-or-nothing writes.
@Suite("SQLiteFile and StoreSchema: opening, migrating and writing a store's file")
struct SQLiteFileTests {
  static let v1 = StoreSchema(
    applicationID: 0x7465_7374, migrations: [("v1", "CREATE TABLE things (id INTEGER, name TEXT);")]
  )
  static let v2 = StoreSchema(
    applicationID: v1.applicationID,
    migrations: v1.migrations + [("v2", "ALTER TABLE things ADD COLUMN size REAL;")])

  static func migrations(_ file: SQLiteFile) throws -> [String] {
    try file.read { db in
      try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier")
    }
  }

  @Test(
    "a new file gets every migration; after reopening with a later schema, writing runs the new ones"
  )
  func migrations() throws {
    let folder = try TemporaryDatabase()
    let first = try SQLiteFile(path: folder.path(), schema: Self.v1, forWriting: true)
    #expect(try Self.migrations(first) == ["v1"])
    try first.write { db in try db.execute(sql: "INSERT INTO things VALUES (1, 'kept')") }
    let second = try SQLiteFile(path: folder.path(), schema: Self.v2, forWriting: true)
    #expect(try Self.migrations(second) == ["v1"], "opening writes nothing")
    try second.write { _ in }
    #expect(try Self.migrations(second) == ["v1", "v2"])
    let row = try second.read { db in try Row.fetchOne(db, sql: "SELECT * FROM things") }
    #expect(row?["name"] == "kept" && (row?["size"] as Double?) == nil)
  }

  @Test("a file a newer version migrated is refused and left as it was")
  func newerSchema() throws {
    let folder = try TemporaryDatabase()
    _ = try SQLiteFile(path: folder.path(), schema: Self.v2, forWriting: true)
    let before = try Data(contentsOf: URL(fileURLWithPath: folder.path()))
    #expect(throws: HistoryError.newerSchema(path: folder.path())) {
      try SQLiteFile(path: folder.path(), schema: Self.v1, forWriting: true)
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: folder.path())) == before)
  }

  @Test("a file that is not a database is refused and left as it was")
  func notADatabase() throws {
    let folder = try TemporaryDatabase()
    let text = Data(String(repeating: "not a database\n", count: 100).utf8)
    try text.write(to: URL(fileURLWithPath: folder.path()))
    #expect(throws: HistoryError.notADatabase(path: folder.path())) {
      try SQLiteFile(path: folder.path(), schema: Self.v1, forWriting: true)
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: folder.path())) == text)
  }

  @Test("a write that fails part-way leaves nothing behind, and the error names the file")
  func writeIsAllOrNothing() throws {
    let folder = try TemporaryDatabase()
    let file = try SQLiteFile(path: folder.path(), schema: Self.v1, forWriting: true)
    #expect {
      try file.write { db in
        try db.execute(sql: "INSERT INTO things VALUES (1, 'half')")
        try db.execute(sql: "INSERT INTO nowhere VALUES (1)")
      }
    } throws: { error in
      guard case .unreadable(let path, let reason) = error as? HistoryError else { return false }
      return path == folder.path() && reason.contains("nowhere")
    }
    #expect(try file.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM things") } == 0)
  }

  @Test(
    "a file whose migrated column was renamed by hand is refused before writing, byte-identical")
  func renamedColumn() throws {
    let folder = try TemporaryDatabase()
    let file = try SQLiteFile(path: folder.path(), schema: Self.v2, forWriting: true)
    try DatabaseQueue(path: folder.path()).write {
      try $0.execute(sql: "ALTER TABLE things RENAME COLUMN size TO renamed")
    }
    let before = try Data(contentsOf: URL(fileURLWithPath: folder.path()))
    #expect(
      throws: HistoryError.unreadable(
        path: folder.path(), reason: "table things has no column size")
    ) { try file.write { _ in } }
    #expect(try Data(contentsOf: URL(fileURLWithPath: folder.path())) == before)
  }

  @Test("insert puts the keys first, then each row's position")
  func insertPositions() throws {
    let folder = try TemporaryDatabase()
    let schema = StoreSchema(
      applicationID: 1,
      migrations: [
        ("v1", "CREATE TABLE rows (owner INTEGER, tag TEXT, position INTEGER, value TEXT);")
      ])
    let file = try SQLiteFile(path: folder.path(), schema: schema, forWriting: true)
    try file.write { db in
      try SQLiteTransaction(db: db).insert(
        into: "rows", keys: [("owner", 7), ("tag", "t")], columns: ["value"],
        rows: [["a"], ["b"], [nil]])
    }
    let rows = try file.read { db in
      try Row.fetchAll(db, sql: "SELECT * FROM rows ORDER BY position")
    }
    #expect(rows.map { $0["position"] as Int } == [0, 1, 2])
    #expect(rows.map { $0["value"] as String? } == ["a", "b", nil])
    #expect(rows.allSatisfy { ($0["owner"] as Int) == 7 && ($0["tag"] as String) == "t" })
  }
}

import Foundation
import GRDB

/// The checks made before a store's file is used, none of which writes to it.
extension SQLiteFile {
  /// Whether there is a file at `path` (a link is followed); throws when what is there cannot be
  /// a store: a link to nothing, a folder or another special file, an empty file.
  static func exists(_ path: String) throws -> Bool {
    let manager = FileManager.default
    guard manager.fileExists(atPath: path) else {
      guard (try? manager.destinationOfSymbolicLink(atPath: path)) == nil else {
        throw HistoryError.notAHistory(path: path, reason: "it is a link to a missing file")
      }
      return false
    }
    let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    let attributes = try manager.attributesOfItem(atPath: target)
    guard attributes[.type] as? FileAttributeType == .typeRegular else {
      throw HistoryError.notAHistory(path: path, reason: "it is not a regular file")
    }
    guard (attributes[.size] as? NSNumber)?.intValue ?? 0 > 0 else {
      throw HistoryError.notAHistory(path: path, reason: "it is empty")
    }
    return true
  }

  /// Creates the store at `path` complete or not at all: built and migrated beside it under a
  /// temporary name, then linked into place, which fails when another process created it
  /// meanwhile (theirs is then used). On a file system without hard links it is moved instead.
  static func create(_ path: String, _ schema: StoreSchema) throws {
    let manager = FileManager.default
    let url = URL(fileURLWithPath: path)
    let temporary = url.deletingLastPathComponent()
      .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString)").path
    defer { try? manager.removeItem(atPath: temporary) }
    let queue = try DatabaseQueue(path: temporary)
    try queue.writeWithoutTransaction { db in
      try db.execute(sql: "PRAGMA application_id = \(schema.applicationID)")
    }
    try schema.migrator.migrate(queue)
    try queue.close()
    do {
      try manager.linkItem(atPath: temporary, toPath: path)
    } catch {
      guard try !exists(path) else { return }
      try manager.moveItem(atPath: temporary, toPath: path)
    }
  }

  /// Refuses a database that is not this store's (another application id; or none, as files
  /// from before it have, and not the store's tables), or that a newer version migrated.
  static func checkOwnership(_ db: Database, path: String, schema: StoreSchema) throws {
    let id = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
    if id != schema.applicationID {
      guard id == 0 else {
        throw HistoryError.notAHistory(path: path, reason: "it is another application's database")
      }
      guard try StoreSchema.tables(db).isSuperset(of: try schema.firstTables()) else {
        throw HistoryError.notAHistory(path: path, reason: "its tables are not a history's")
      }
    }
    if try schema.migrator.hasBeenSuperseded(db) {
      throw HistoryError.newerSchema(path: path)
    }
  }

  /// Refuses a file, or a folder (where SQLite keeps its `-wal` and `-shm`), this user cannot
  /// write, before anything is created beside it.
  static func checkWritable(_ path: String) throws {
    let file = URL(fileURLWithPath: path).resolvingSymlinksInPath()
    let manager = FileManager.default
    guard manager.isWritableFile(atPath: file.path),
      manager.isWritableFile(atPath: file.deletingLastPathComponent().path)
    else { throw HistoryError.readOnly(path: path) }
  }
}

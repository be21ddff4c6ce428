import Foundation
import GRDB

/// Reading a store's file without writing to it or beside it. A read-only SQLite connection to a
/// WAL database still creates `-wal` and `-shm` files, and cannot remove them when the user may
/// not write the database: they would stay, owned by whoever read. So while no other connection
/// is using the file (no `-wal`, `-shm` or `-journal` beside it) it is opened `immutable`, which
/// creates nothing and takes no lock; a file that changed meanwhile (another process wrote it)
/// is read again the ordinary way.
extension SQLiteFile {
  /// Runs `body` in a read transaction on a read-only connection.
  static func reading<T>(_ path: String, _ body: (Database) throws -> T) throws -> T {
    if let before = Quiet(path) {
      do {
        let value = try read(Quiet.immutableURI(path), body)
        if Quiet(path) == before { return value }
      } catch {
        guard Quiet(path) != before else { throw error }
      }
    }
    return try read(path, body)
  }

  private static func read<T>(_ path: String, _ body: (Database) throws -> T) throws -> T {
    var configuration = Configuration()
    configuration.readonly = true
    configuration.busyMode = .timeout(Double(lockWait))
    let queue = try DatabaseQueue(path: path, configuration: configuration)
    defer { try? queue.close() }
    return try queue.read(body)
  }
}

/// A file no connection is using, as it stands: taken before and after a read without locks,
/// two equal ones show that nothing wrote to it in between. Nil when a `-wal`, `-shm` or
/// `-journal` is beside it (another connection may be using it), or when this SQLite does not
/// read `file:` URIs.
private struct Quiet: Equatable {
  let size: Int
  let modified: Date
  let inode: Int

  init?(_ link: String) {
    let manager = FileManager.default
    let path = URL(fileURLWithPath: link).resolvingSymlinksInPath().path
    guard Self.urisWork,
      !["-wal", "-shm", "-journal"].contains(where: { manager.fileExists(atPath: path + $0) }),
      let attributes = try? manager.attributesOfItem(atPath: path),
      let size = attributes[.size] as? NSNumber,
      let modified = attributes[.modificationDate] as? Date,
      let inode = attributes[.systemFileNumber] as? NSNumber
    else { return nil }
    (self.size, self.modified, self.inode) = (size.intValue, modified, inode.intValue)
  }

  /// `path` as an SQLite URI that opens it read-only, without locks, `-wal` or `-shm`.
  static func immutableURI(_ path: String) -> String {
    URL(fileURLWithPath: path).resolvingSymlinksInPath().absoluteString + "?immutable=1"
  }

  /// Whether this SQLite was built to read `file:` URIs (as GRDB's named in-memory databases
  /// also need).
  static let urisWork =
    (try? DatabaseQueue().read { db in
      try Bool.fetchOne(db, sql: "SELECT sqlite_compileoption_used('USE_URI')")
    }) ?? false
}

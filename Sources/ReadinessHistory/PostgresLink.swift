import Foundation

/// The one connection a PostgreSQL store keeps between its transactions: opened when first
/// needed, opened again after a failure (which may have ended it), closed with the store. A
/// report makes several reads and a write; one connection for all of them spares the server a
/// backend per transaction. Transactions of one store take turns on it.
final class PostgresLink: @unchecked Sendable {
  private let location: PostgresLocation
  private let lock = NSLock()
  private var session: PostgresSession?

  init(_ location: PostgresLocation) { self.location = location }

  deinit { session?.close() }

  /// Runs `body` on the connection, connecting first when there is none. After a failure the
  /// connection is closed: the next transaction starts on a new one.
  func use<T>(_ body: (PostgresSession) throws -> T) throws -> T {
    lock.lock()
    defer { lock.unlock() }
    let current = try session ?? PostgresSession(location)
    session = current
    do {
      return try body(current)
    } catch {
      current.close()
      session = nil
      throw error
    }
  }
}

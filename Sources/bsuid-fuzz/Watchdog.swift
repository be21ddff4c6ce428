import Foundation

/// Ends the process when one input runs longer than `limit` (a hang, or memory growing without
/// end): the input file then still holds the input, for the caller to keep.
final class Watchdog: @unchecked Sendable {
  private let lock = NSLock()
  private var started: Date?
  private let limit: TimeInterval

  init(limit: TimeInterval) {
    self.limit = limit
    Thread.detachNewThread { [self] in
      while true {
        Thread.sleep(forTimeInterval: 0.5)
        if let started = lock.withLock({ self.started }), Date().timeIntervalSince(started) > limit
        {
          FileHandle.standardError.write(
            Data("bsuid-fuzz: one input ran over \(Int(limit)) s\n".utf8))
          _exit(3)
        }
      }
    }
  }

  /// Times `body`, one input.
  func guarding<T>(_ body: () throws -> T) rethrows -> T {
    lock.withLock { started = Date() }
    defer { lock.withLock { started = nil } }
    return try body()
  }
}

import Foundation

/// A fixed number of result slots that concurrent workers fill, each its own index. Workers
/// that share one list of jobs take the next index with `claim()`.
public final class Slots<Value: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var storage: [Value?]
  private var next = 0

  public init(count: Int) { storage = Array(repeating: nil, count: count) }

  public subscript(index: Int) -> Value? {
    get { lock.withLock { storage[index] } }
    set { lock.withLock { storage[index] = newValue } }
  }

  /// The next index no worker has claimed yet, in order; nil once all are.
  public func claim() -> Int? {
    lock.withLock {
      guard next < storage.count else { return nil }
      next += 1
      return next - 1
    }
  }

  /// Every slot, in index order; nil where nothing was stored.
  public var values: [Value?] { lock.withLock { storage } }
}

import Foundation

/// A fixed number of result slots that concurrent workers fill, each its own index.
final class Slots<Value: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var storage: [Value?]

  init(count: Int) { storage = Array(repeating: nil, count: count) }

  subscript(index: Int) -> Value? {
    get { lock.withLock { storage[index] } }
    set { lock.withLock { storage[index] = newValue } }
  }

  /// Every slot, in index order; nil where nothing was stored.
  var values: [Value?] { lock.withLock { storage } }
}

import Foundation

/// A value worked out on another thread while the caller goes on; `value` waits for it.
final class Pending<Value: Sendable>: @unchecked Sendable {
  private let done = DispatchGroup()
  private var result: Value?

  init(_ work: @escaping @Sendable () -> Value) {
    DispatchQueue.global(qos: .userInitiated).async(group: done) { self.result = work() }
  }

  var value: Value {
    done.wait()
    return result!
  }
}

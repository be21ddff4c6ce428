import Foundation

/// One piece of work run on another thread, whose result is collected with `wait()`.
final class Background<Value: Sendable>: @unchecked Sendable {
  private let group = DispatchGroup()
  private var value: Value?

  /// Runs `work` on a global queue; call at most once.
  func start(_ work: @escaping @Sendable () -> Value) {
    DispatchQueue.global().async(group: group) { self.value = work() }
  }

  /// The result once `work` has finished; nil when nothing was started.
  func wait() -> Value? {
    group.wait()
    return value
  }
}

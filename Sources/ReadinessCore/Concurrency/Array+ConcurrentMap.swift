import Dispatch

extension Array where Element: Sendable {
  /// `map(transform)`, with the elements cut into consecutive chunks of at least
  /// `minimumChunk` that the machine's cores transform at once. The result is in the array's
  /// order, so it is the same as `map`'s.
  public func concurrentMap<T: Sendable>(
    minimumChunk: Int = 1_000, _ transform: @Sendable (Element) -> T
  ) -> [T] {
    concurrentChunks(minimumChunk: minimumChunk) { $0.map(transform) }.flatMap { $0 }
  }

  /// `body` applied to consecutive chunks of at least `minimumChunk` elements (at most
  /// `maximumChunks`), as many at once as Dispatch has cores for, a core that finishes early
  /// taking the next chunk; the results in chunk order. An array too short for two chunks is one
  /// chunk, done on the calling thread.
  public func concurrentChunks<T: Sendable>(
    minimumChunk: Int = 1_000, _ body: @Sendable (ArraySlice<Element>) -> T
  ) -> [T] {
    let chunks = Swift.min(Self.maximumChunks, count / minimumChunk)
    guard chunks > 1 else { return [body(self[...])] }
    let results = Slots<T>(count: chunks)
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
      results[chunk] = body(self[(chunk * count / chunks)..<((chunk + 1) * count / chunks)])
    }
    return results.values.map { $0! }
  }

  /// The results of every part, worked out at once and joined in the parts' order: for
  /// independent passes over one model (checks, risk sources) whose findings make one list.
  public func concurrentlyJoined<T: Sendable>() -> [T] where Element == @Sendable () -> [T] {
    [T](concurrentMap(minimumChunk: 1) { $0() }.joined())
  }

  /// Enough chunks to keep a many-core machine busy and even out unequal ones, few enough that
  /// merging their results costs nothing.
  static var maximumChunks: Int { 32 }
}

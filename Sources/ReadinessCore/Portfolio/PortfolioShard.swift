/// `--shard K/N`: the K-th of N shares of a portfolio's inventories, counted from 1.
public struct PortfolioShard: Sendable, Equatable, Codable {
  public var index: Int
  public var count: Int

  /// Parses `K/N` with 1 ≤ K ≤ N; nil otherwise.
  public init?(_ text: String) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count > 0,
      (1...count).contains(index)
    else { return nil }
    self.index = index
    self.count = count
  }

  /// The file a shard run leaves its entries in, for `--rollup`.
  public var fileName: String { "portfolio-shard-\(index)-of-\(count).json" }

  /// Whether `name` is a shard file's name (of any shard).
  public static func isFileName(_ name: String) -> Bool {
    name.hasPrefix("portfolio-shard-") && name.hasSuffix(".json")
  }

  /// The shard's share of `items` (in the order given, sorted by path): every N-th, so each
  /// shard's share is stable whatever machine runs it.
  public func share<Item>(of items: [Item]) -> [Item] {
    items.indices.filter { $0 % count == index - 1 }.map { items[$0] }
  }
}

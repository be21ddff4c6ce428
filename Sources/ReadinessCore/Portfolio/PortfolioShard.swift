/// `--shard K/N`: the K-th of N shares of a portfolio's inventories, counted from 1.
public struct PortfolioShard: Sendable, Equatable, Codable {
  /// The most shards a portfolio is split into.
  public static let maximumCount = 1_000
  /// The range `--shard` accepts, as its help and errors name it.
  public static let rangeText = "1 ≤ K ≤ N ≤ \(maximumCount)"

  public var index: Int
  public var count: Int

  /// Parses `K/N` with 1 ≤ K ≤ N ≤ `maximumCount`; nil otherwise.
  public init?(_ text: String) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
      return nil
    }
    self.init(index: index, count: count)
  }

  /// Shard `index` of `count`, when 1 ≤ index ≤ count ≤ `maximumCount`; nil otherwise.
  public init?(index: Int, count: Int) {
    guard (1...Self.maximumCount).contains(count), (1...count).contains(index) else { return nil }
    self.index = index
    self.count = count
  }

  private enum CodingKeys: String, CodingKey { case index, count }

  /// A shard read from a shard file: out of range is a decoding error at `shard`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let index = try container.decode(Int.self, forKey: .index)
    let count = try container.decode(Int.self, forKey: .count)
    guard let shard = Self(index: index, count: count) else {
      throw DecodingError.dataCorruptedError(
        forKey: .count, in: container,
        debugDescription: "shard \(index)/\(count) is outside \(Self.rangeText)")
    }
    self = shard
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

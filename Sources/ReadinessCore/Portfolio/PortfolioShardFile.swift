import Foundation

/// What a shard run leaves for `--rollup`: which shard it was and its clients' entries, as
/// JSON. The merge of shards 1…N gives the entries one run would have.
public struct PortfolioShardFile: Codable, Sendable, Equatable {
  public var shard: PortfolioShard
  public var entries: [PortfolioEntry]

  public init(shard: PortfolioShard, entries: [PortfolioEntry]) {
    self.shard = shard
    self.entries = entries
  }

  /// The file's bytes: sorted keys, pretty-printed, so the same entries give the same bytes.
  public func encoded() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
    return try encoder.encode(self)
  }

  /// A shard file read back from `bytes`.
  public init(decoding bytes: Data) throws {
    self = try JSONDecoder().decode(Self.self, from: bytes)
  }

  /// The files are not shards 1 to N of one N; `found` lists what they were (`K/N`).
  public struct Mismatch: Error, Equatable {
    public var found: [String]
  }

  /// Every entry of `files`, shard by shard in the order given; throws `Mismatch` unless they
  /// are exactly shards 1…N of one N.
  public static func merge(_ files: [PortfolioShardFile]) throws(Mismatch) -> [PortfolioEntry] {
    let count = files.first?.shard.count ?? 0
    guard count > 0, files.allSatisfy({ $0.shard.count == count }),
      files.map(\.shard.index).sorted() == Array(1...count)
    else {
      throw Mismatch(found: files.map { "\($0.shard.index)/\($0.shard.count)" })
    }
    return files.flatMap(\.entries)
  }
}

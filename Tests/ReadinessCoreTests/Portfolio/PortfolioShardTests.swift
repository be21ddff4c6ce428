import Foundation
import Testing

@testable import ReadinessCore

/// Sharding a portfolio, carrying a shard's entries in a file, and merging the files back.
@Suite("PortfolioShard: shares, shard files and their merge")
struct PortfolioShardTests {
  static func file(_ index: Int, of count: Int, _ folders: [String]) -> PortfolioShardFile {
    PortfolioShardFile(
      shard: PortfolioShard("\(index)/\(count)")!,
      entries: folders.map { PortfolioTrendUnitTests.entry($0, 50, .amber) })
  }

  @Test("K/N parses with 1 ≤ K ≤ N ≤ 1000 only, and names its file")
  func parse() {
    #expect(PortfolioShard("2/3").map { ($0.index, $0.count) }! == (2, 3))
    for bad in [
      "0/3", "4/3", "1/0", "1/-2", "1", "1/2/3", "a/b", "", "-1/2", " 1/2", "0/0", "1/1001",
      "1/9223372036854775807",
    ] {
      #expect(PortfolioShard(bad) == nil, "\(bad)")
    }
    #expect(PortfolioShard("2/3")?.fileName == "portfolio-shard-2-of-3.json")
    #expect(PortfolioShard.isFileName("portfolio-shard-2-of-3.json"))
    #expect(!PortfolioShard.isFileName("portfolio.json"))
  }

  @Test("a shard file's shard out of range, or an entry out of its ranges, is refused by field")
  func checks() throws {
    let huge = Data(#"{"shard":{"index":1,"count":9223372036854775807},"entries":[]}"#.utf8)
    #expect(throws: DecodingError.self) { try PortfolioShardFile(decoding: huge) }
    var entry = PortfolioTrendUnitTests.entry("a-2", 50, .amber)
    entry.name = "A"
    entry.report = "a-2/2026-03-09/report.html"
    entry.phases = PhaseID.allCases.map { PortfolioEntry.Phase(id: $0, score: 50, rag: .amber) }
    try entry.check(at: "entries[0]")
    var bad = entry
    bad.overall = 100.5
    #expect(throws: PortfolioEntry.Problem.self) { try bad.check(at: "entries[0]") }
    bad = entry
    bad.report = "javascript:alert(1)//"
    #expect(throws: PortfolioEntry.Problem.self) { try bad.check(at: "entries[0]") }
    bad = entry
    bad.folder = "../a"
    #expect(throws: PortfolioEntry.Problem.self) { try bad.check(at: "entries[0]") }
    bad = entry
    bad.rag = nil
    #expect(
      throws: PortfolioEntry.Problem(
        field: "entries[0].rag", reason: "is missing for a client that was evaluated")
    ) {
      try bad.check(at: "entries[0]")
    }
    bad = entry
    bad.phases = []  // portfolio.xml would have an empty <phases>
    #expect(throws: PortfolioEntry.Problem.self) { try bad.check(at: "entries[0]") }
    bad = entry
    bad.exposureAdoption = 2
    #expect(throws: PortfolioEntry.Problem.self) { try bad.check(at: "entries[0]") }
  }

  @Test("the shares of N shards are every N-th item, disjoint, and together the whole")
  func shares() {
    let items = Array(0..<10)
    let shares = (1...3).map { PortfolioShard("\($0)/3")!.share(of: items) }
    #expect(shares[1] == [1, 4, 7])
    #expect(shares.joined().sorted() == items)
  }

  @Test("a shard file reads back as written, and the same entries give the same bytes")
  func roundTrip() throws {
    var file = Self.file(1, of: 2, ["a", "b"])
    file.entries.append(PortfolioEntry(invalid: "c.yaml", folder: "c", problems: ["bad"]))
    let bytes = try file.encoded()
    #expect(try PortfolioShardFile(decoding: bytes) == file)
    #expect(try PortfolioShardFile(decoding: bytes).encoded() == bytes)
  }

  @Test("shards 1…N merge in the order given; anything else is refused, naming what was found")
  func merge() throws {
    let merged = try PortfolioShardFile.merge([
      Self.file(2, of: 2, ["b"]), Self.file(1, of: 2, ["a", "c"]),
    ])
    #expect(merged.map(\.folder) == ["b", "a", "c"])
    let refused: [[PortfolioShardFile]] = [
      [], [Self.file(1, of: 2, ["a"])],
      [Self.file(1, of: 2, ["a"]), Self.file(1, of: 2, ["a"]), Self.file(2, of: 2, ["b"])],
      [Self.file(1, of: 2, ["a"]), Self.file(2, of: 3, ["b"])],
    ]
    for files in refused {
      #expect(throws: PortfolioShardFile.Mismatch.self) { try PortfolioShardFile.merge(files) }
    }
    #expect(throws: PortfolioShardFile.Mismatch(found: ["1/2", "2/3"])) {
      try PortfolioShardFile.merge([Self.file(1, of: 2, ["a"]), Self.file(2, of: 3, ["b"])])
    }
  }

  @Test("days are yyyy-mm-dd text, RAGs and phases their names; a day that is not one is refused")
  func jsonValues() throws {
    var file = Self.file(1, of: 1, ["a"])
    file.entries[0].phases = [PortfolioEntry.Phase(id: .testing, score: 10, rag: .red)]
    let text = String(decoding: try file.encoded(), as: UTF8.self)
    for expected in [
      #""asOf" : "2026-03-09""#, #""rag" : "amber""#, #""id" : "testing""#, #""rag" : "red""#,
    ] {
      #expect(text.contains(expected), "\(expected)")
    }
    let broken = text.replacingOccurrences(of: "2026-03-09", with: "2026-02-30")
    #expect(throws: DecodingError.self) { try PortfolioShardFile(decoding: Data(broken.utf8)) }
  }
}

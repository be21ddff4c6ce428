import Foundation
import Testing

/// `--shard` values out of range, and shard files that were edited, are refused with a usage
/// error or exit 65 naming the file and field; nothing crashes (issue #21, defects 3 and 6).
@Suite("portfolio: --shard values and shard files are checked")
struct PortfolioShardInputTests {
  @Test("--shard outside 1 ≤ K ≤ N ≤ 1000 is a usage error naming the range")
  func shardValues() throws {
    let space = try PortfolioTests.workspace()
    for value in ["0/0", "1/0", "1/-1", "1/9223372036854775807", "0/3", "4/3", "1/1001", "x"] {
      let run = try BinaryRunner.run(
        ["portfolio", "clients", "--shard", value, "--out", "out"], in: space)
      #expect(run.status == 64, "\(value): \(run.stderr)")
      #expect(run.stderr.contains("--shard takes K/N with 1 ≤ K ≤ N ≤ 1000"), "\(value)")
    }
    let help = try BinaryRunner.run(["portfolio", "--help"])
    let words = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(words.contains("(1 ≤ K ≤ N ≤ 1000)"), "--shard's help names the range")
  }

  /// Shards 1/2 and 2/2 of `clients/` written into `shared/`; the space.
  static func shards() throws -> URL {
    let space = try PortfolioTests.workspace()
    for k in 1...2 {
      let run = try BinaryRunner.run(
        [
          "portfolio", "clients", "--out", "shared", "--no-history", "--quiet", "--shard", "\(k)/2",
        ],
        in: space)
      #expect([0, 65].contains(run.status), "\(run.stderr)")
    }
    return space
  }

  /// Rewrites shard 1's JSON with `edit`, then rolls up.
  static func rollup(
    in space: URL, _ edit: (inout [String: Any]) -> Void
  ) throws -> BinaryRunner.Run {
    let file = space.appendingPathComponent("shared/portfolio-shard-1-of-2.json")
    var json = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
    edit(&json)
    try JSONSerialization.data(withJSONObject: json).write(to: file)
    return try BinaryRunner.run(
      ["portfolio", "--rollup", "shared", "--out", "shared", "--quiet"], in: space)
  }

  /// Sets `field` of shard 1's first evaluated client.
  static func tamper(_ field: String, _ value: Any) -> (inout [String: Any]) -> Void {
    { json in
      var entries = json["entries"] as? [[String: Any]] ?? []
      let first = entries.firstIndex { ($0["problems"] as? [Any])?.isEmpty ?? true } ?? 0
      entries[first][field] = value
      json["entries"] = entries
    }
  }

  @Test("a tampered shard file exits 65 naming the file and field; nothing is rolled up")
  func tampered() throws {
    let space = try Self.shards()
    let cases: [(String, Any, String)] = [
      (
        "report", "javascript:alert(document.domain)//",
        "'entries[0].report' must be the relative path"
      ),
      ("report", "../../etc/passwd", "'entries[0].report' must be the relative path"),
      ("overall", 1000, "'entries[0].overall' must be a score between 0 and 100"),
      ("rag", "purple", "'entries[0].rag'"),
      ("criticalRisks", -1, "'entries[0].criticalRisks' must count"),
      ("folder", "../x", "'entries[0].folder' is not a client folder name"),
      ("exposure", 1e300, "'entries[0].exposure' must be between 0 and"),
      ("overall", "high", "'entries[0].overall'"),
      // An empty list made portfolio.xml invalid: exit 70, "a bug" (found by ShardFuzzTests).
      ("phases", [Any](), "'entries[0].phases' must be the phases planning, implementation"),
    ]
    for (field, value, message) in cases {
      let original = try Data(
        contentsOf: space.appendingPathComponent("shared/portfolio-shard-1-of-2.json"))
      let run = try Self.rollup(in: space, Self.tamper(field, value))
      #expect(run.status == 65, "\(field)=\(value): \(run.stderr)")
      #expect(
        run.stderr.contains(
          "shared/portfolio-shard-1-of-2.json: error: the shard file is malformed"),
        "\(run.stderr)")
      #expect(run.stderr.contains(message), "\(field)=\(value): \(run.stderr)")
      #expect(
        !FileManager.default.fileExists(
          atPath: space.appendingPathComponent("shared/index.html").path))
      try original.write(to: space.appendingPathComponent("shared/portfolio-shard-1-of-2.json"))
    }
    let clean = try BinaryRunner.run(
      ["portfolio", "--rollup", "shared", "--out", "shared", "--quiet"], in: space)
    #expect(clean.status == 65, "the cycle inventory only: \(clean.stderr)")
    #expect(!clean.stderr.contains("malformed"))
  }

  @Test("a shard count out of range, a report that is not there, or no JSON at all: exit 65")
  func malformedFiles() throws {
    let space = try Self.shards()
    let huge = try Self.rollup(in: space) { json in
      json["shard"] = ["index": 1, "count": Int.max]
    }
    #expect(huge.status == 65, "\(huge.stderr)")
    #expect(
      huge.stderr.contains("'shard.count': shard 1/9223372036854775807 is outside 1 ≤ K ≤ N ≤ 1000")
    )
    let file = space.appendingPathComponent("shared/portfolio-shard-1-of-2.json")
    try Data("{\"shard\":{\"index\":1,\"count\":2},\"entries\":[".utf8).write(to: file)
    let truncated = try BinaryRunner.run(
      ["portfolio", "--rollup", "shared", "--out", "shared"], in: space)
    #expect(truncated.status == 65, "\(truncated.stderr)")
    #expect(
      truncated.stderr.contains("portfolio-shard-1-of-2.json: error: the shard file is malformed"))
    let consistent = try Self.shards()
    let greener = try Self.rollup(in: consistent) { json in
      var entries = json["entries"] as? [[String: Any]] ?? []
      let first = entries.firstIndex { ($0["problems"] as? [Any])?.isEmpty ?? true } ?? 0
      entries[first]["overall"] = 100
      entries[first]["rag"] = "green"
      json["entries"] = entries
    }
    #expect(greener.status == 65, "\(greener.stderr)")
    #expect(
      greener.stderr.contains("'entries[0].overall' and 'rag' (100.0, green) are not those of"))
    let elsewhere = try Self.shards()
    let moved = try BinaryRunner.run(
      ["portfolio", "--rollup", "shared", "--out", "other", "--quiet"], in: elsewhere)
    #expect(moved.status == 65, "\(moved.stderr)")
    #expect(moved.stderr.contains("which does not exist"))
  }
}

import Foundation
import Testing

/// Mutated portfolio shard files (`Support/mutate_shards.py`: random values and types in random
/// fields, deleted fields, duplicated entries, `javascript:` links, truncation, a missing shard)
/// rolled up: never a crash, exit 0, 65 or 66, and a roll-up that succeeds links nowhere but
/// relative paths and http(s). The number of cases is `BSUID_FUZZ_SHARD_CASES` (default 400);
/// the seed is fixed, so a failure repeats.
@Suite("Fuzz run over mutated shard files")
struct ShardFuzzTests {
  @Test("a bounded run of mutated shard files finds no crash and no script link")
  func mutatedShards() throws {
    let run = try FuzzRun(casesFrom: "BSUID_FUZZ_SHARD_CASES", default: 400)
    let space = try BinaryRunner.temporaryFolder()
    let clients = space.appendingPathComponent("clients")
    try FileManager.default.createDirectory(at: clients, withIntermediateDirectories: true)
    for name in ["minimal.yaml", "contact-centre.yaml", "holidays-nl.ics"] {
      try FileManager.default.copyItem(
        at: BinaryRunner.root.appendingPathComponent("Examples/\(name)"),
        to: clients.appendingPathComponent(name))
    }
    for k in 1...2 {
      let shard = try BinaryRunner.run(
        [
          "portfolio", "clients", "--out", "shared", "--no-history", "--quiet", "--shard", "\(k)/2",
        ],
        in: space)
      #expect(shard.status == 0, "\(shard.stderr)")
    }
    try run.mutate("mutate_shards.py", space.appendingPathComponent("shared").path)
    run.check("shard files") { index in
      let folder = run.folder.appendingPathComponent("case-\(index)")
      let rollup = try BinaryRunner.run(
        ["portfolio", "--rollup", folder.path, "--out", folder.path, "--quiet"], timeout: 60)
      guard [0, 65, 66].contains(rollup.status), !rollup.stderr.contains("Fatal error") else {
        return (rollup.status, "exited \(rollup.status): \(rollup.stderr.prefix(500))")
      }
      guard rollup.status == 0 else { return (rollup.status, nil) }
      let page = try String(
        contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8)
      let bad = page.matches(of: #/href="([^"]*)"/#).map { String($0.1) }.filter { link in
        let plain = Self.decoded(link)
        return plain.contains(":") && !plain.hasPrefix("https://") && !plain.hasPrefix("http://")
      }
      return (0, bad.isEmpty ? nil : "index.html links to \(bad.prefix(3))")
    }
    try? FileManager.default.removeItem(at: space)
  }

  /// `link` as a browser reads it: lowercase, the colon's character references decoded, tabs,
  /// line breaks and leading spaces dropped.
  static func decoded(_ link: String) -> String {
    var plain = link.lowercased().filter { !"\t\n\r".contains($0) }
    for reference in ["&#58;", "&#x3a;", "&colon;", "&#0058;", "&#x003a;"] {
      plain = plain.replacingOccurrences(of: reference, with: ":")
    }
    return String(plain.drop { $0 == " " })
  }
}

import Foundation
import Testing

/// Mutated webhook logs (`Support/mutate_log.py`: flipped bytes, truncation, out-of-range
/// numbers, nested junk up to 100,000 deep, duplicated and deleted lines, control characters,
/// some gzip-compressed) read by `measure`: never a crash or a hang, exit 0, 65 or 66, and an
/// observed.yaml that `validate` loads from an inventory naming it. The number of cases is
/// `BSUID_FUZZ_LOG_CASES` (default 300); the seed is fixed, so a failure repeats.
@Suite("Fuzz run over mutated webhook logs")
struct WebhookLogFuzzTests {
  @Test("a bounded run of mutated webhook logs finds no crash, no hang, no unloadable output")
  func mutatedLogs() throws {
    let run = try FuzzRun(casesFrom: "BSUID_FUZZ_LOG_CASES", default: 300)
    let space = try BinaryRunner.temporaryFolder()
    let bodies = space.appendingPathComponent("bodies")
    let fixtures = try BinaryRunner.run(
      ["fixtures", "Examples/minimal.yaml", "--out", bodies.path])
    #expect(fixtures.status == 0, "\(fixtures.stderr)")
    let log = space.appendingPathComponent("log.jsonl")
    _ = try SchemaTests().python(
      [
        BinaryRunner.root.appendingPathComponent("Benchmarks/generate_webhook_log.py").path,
        bodies.path, "120", log.path, "4",
      ])
    try run.mutate("mutate_log.py", log.path)
    let inventory = try String(
      contentsOf: BinaryRunner.root.appendingPathComponent("Examples/observed/inventory.yaml"),
      encoding: .utf8)
    let files = try FileManager.default.contentsOfDirectory(atPath: run.folder.path)
    run.check("webhook logs") { index in
      let name = try #require(files.first { $0.hasPrefix("case-\(index).jsonl") })
      let observed = run.folder.appendingPathComponent("observed-\(index).yaml")
      let measure = try BinaryRunner.run(
        ["measure", run.folder.appendingPathComponent(name).path, "--out", observed.path],
        timeout: 60)
      guard [0, 65, 66].contains(measure.status), !measure.stderr.contains("Fatal error") else {
        return (measure.status, "\(name): exited \(measure.status): \(measure.stderr.prefix(500))")
      }
      guard FileManager.default.fileExists(atPath: observed.path) else {
        return (measure.status, nil)
      }
      let naming = run.folder.appendingPathComponent("inventory-\(index).yaml")
      try Data(
        inventory.replacingOccurrences(
          of: "observed: observed.yaml", with: "observed: observed-\(index).yaml"
        ).utf8
      ).write(to: naming)
      let validate = try BinaryRunner.run(["validate", naming.path], timeout: 60)
      return (
        measure.status,
        validate.status == 0
          ? nil
          : "\(name): validate of its observed.yaml exited \(validate.status): \(validate.stderr.prefix(500))"
      )
    }
    try? FileManager.default.removeItem(at: space)
  }
}

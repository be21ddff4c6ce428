import Foundation
import Testing

/// The seeded mutation run (`bsuid-fuzz`) over the hostile corpus and the examples, in a child
/// process so that a trap fails this test instead of killing the test run. The time budget is
/// `BSUID_FUZZ_SECONDS` (default 20 s); the seed is fixed, so a failure repeats.
@Suite("Fuzz run")
struct FuzzTests {
  @Test("a bounded fuzz run finds no crash, hang or invalid workbook")
  func boundedRun() throws {
    let seconds = ProcessInfo.processInfo.environment["BSUID_FUZZ_SECONDS"] ?? "20"
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appendingPathComponent("input.yaml")
    let fuzz = BinaryRunner.binary.deletingLastPathComponent().appendingPathComponent("bsuid-fuzz")
    let run = try BinaryRunner.execute(
      fuzz,
      [
        "--seed", "1", "--seconds", seconds, "--corpus", "Tests/Fixtures/hostile-corpus",
        "--corpus", "Examples",
        "--templates", "Templates/html", "--schema", "Schemas/workbook.xsd", "--input-file",
        input.path,
      ])
    let kept =
      (try? String(contentsOf: input, encoding: .utf8)).map { String($0.prefix(2_000)) } ?? "none"
    #expect(
      run.status == 0,
      """
      bsuid-fuzz exited \(run.status): \(run.stderr)
      the input (add it to Tests/Fixtures/hostile-corpus/found/ once fixed):
      \(kept)
      """)
    #expect(run.stdout.contains("no crash, hang or invalid workbook"))
  }
}

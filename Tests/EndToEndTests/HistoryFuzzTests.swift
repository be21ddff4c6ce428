import Foundation
import Testing

/// Mutated histories (`Support/mutate_history.py`: random values and types in random cells, a
/// renamed column, a dropped table), read by `diff --history` and by `report`: never a crash.
/// `diff` exits 0, 64, 66 or 74 and never changes the file; `report` exits 0 or 74, and leaves
/// the file byte-identical when it exits 74. The number of cases is `BSUID_FUZZ_HISTORY_CASES`
/// (default 200); the seed is fixed, so a failure repeats.
@Suite("Fuzz run over mutated histories")
struct HistoryFuzzTests {
  @Test("a bounded run of mutated histories finds no crash and no write to an unreadable one")
  func mutatedHistories() throws {
    let cases = Int(ProcessInfo.processInfo.environment["BSUID_FUZZ_HISTORY_CASES"] ?? "") ?? 200
    let space = try HistoryWorkspace()
    let inventory = try space.write("inventory.yaml", try HistoryWorkspace.baseInventory())
    for day in ["2026-03-02", "2026-03-09"] {
      #expect(try space.report(inventory, out: "week-\(day)", ["--as-of", day]).status == 0)
    }
    let mutate = try BinaryRunner.execute(
      URL(fileURLWithPath: "/usr/bin/env"),
      [
        "python3", WorkbookXLSXTests.support.appendingPathComponent("mutate_history.py").path,
        space.history.path, space.folder.path, "\(cases)", "21",
      ])
    #expect(mutate.status == 0, "\(mutate.stderr)")
    let failures = Statuses()
    DispatchQueue.concurrentPerform(iterations: cases) { index in
      do {
        if let failure = try Self.check(index, in: space, inventory: inventory) {
          failures.add("case-\(index).sqlite: \(failure)")
        }
      } catch {
        failures.add("case-\(index).sqlite: \(error)")
      }
    }
    #expect(failures.all.isEmpty, "\(failures.all.sorted().prefix(10).joined(separator: "\n"))")
  }

  /// What went wrong with case `index`, nil when nothing did.
  static func check(_ index: Int, in space: HistoryWorkspace, inventory: String) throws -> String? {
    let file = space.folder.appendingPathComponent("case-\(index).sqlite")
    let bytes = try Data(contentsOf: file)
    let diff = try BinaryRunner.run(
      ["diff", "--history", file.path, "--from", "2026-03-02", "--to", "2026-03-09"], timeout: 60)
    guard [0, 64, 66, 74].contains(diff.status), !diff.stderr.contains("Fatal error") else {
      return "diff exited \(diff.status): \(diff.stderr.prefix(500))"
    }
    guard try Data(contentsOf: file) == bytes else { return "diff changed the file" }
    let report = try BinaryRunner.run(
      [
        "report", inventory, "--as-of", "2026-03-16", "--history", file.path, "--format",
        "html,xml", "--out", space.folder.appendingPathComponent("out-\(index)").path,
      ], timeout: 60)
    guard [0, 74].contains(report.status), !report.stderr.contains("Fatal error") else {
      return "report exited \(report.status): \(report.stderr.prefix(500))"
    }
    if report.status == 74, try Data(contentsOf: file) != bytes {
      return "report exited 74 but changed the file: \(report.stderr.prefix(500))"
    }
    return nil
  }
}

import Foundation
import Testing

/// A seeded fuzz run over files a Python mutator in `Support/` writes: the number of cases from
/// an environment variable, every case checked concurrently, the exit statuses counted.
struct FuzzRun {
  /// The folder the mutator writes the cases into; kept when a case fails, for reproduction.
  let folder: URL
  let cases: Int

  /// `BSUID_FUZZ_…` from the environment, else `fallback`.
  init(casesFrom variable: String, default fallback: Int) throws {
    folder = try BinaryRunner.temporaryFolder()
    cases = Int(ProcessInfo.processInfo.environment[variable] ?? "") ?? fallback
  }

  /// Runs `Support/<script> SOURCE FOLDER CASES 21`: the seed is fixed.
  func mutate(_ script: String, _ source: String) throws {
    let run = try BinaryRunner.execute(
      URL(fileURLWithPath: "/usr/bin/env"),
      ["python3", WorkbookXLSXTests.support.appendingPathComponent(script).path, source]
        + [folder.path, "\(cases)", "21"])
    #expect(run.status == 0, "\(script): \(run.stderr)")
  }

  /// Checks every case (`case-N…` in the folder) with `check`, which returns the exit status
  /// and what went wrong (nil when nothing did); expects no failure, naming the cases; prints
  /// how many cases exited with each status, and removes the folder when every case passed.
  func check(
    _ label: String, _ check: @Sendable (Int) throws -> (status: Int32, failure: String?)
  ) {
    let failures = Statuses()
    let statuses = Statuses()
    DispatchQueue.concurrentPerform(iterations: cases) { index in
      do {
        let (status, failure) = try check(index)
        statuses.add("\(status)")
        if let failure { failures.add("case-\(index): \(failure)") }
      } catch {
        failures.add("case-\(index): \(error)")
      }
    }
    var counts: [Int32: Int] = [:]
    for status in statuses.all { counts[Int32(status) ?? -1, default: 0] += 1 }
    let histogram = counts.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
    print("fuzz \(label): \(cases) cases, exit statuses [\(histogram.joined(separator: ", "))]")
    #expect(
      failures.all.isEmpty,
      "cases kept in \(folder.path):\n\(failures.all.sorted().prefix(10).joined(separator: "\n"))")
    if failures.all.isEmpty { try? FileManager.default.removeItem(at: folder) }
  }
}

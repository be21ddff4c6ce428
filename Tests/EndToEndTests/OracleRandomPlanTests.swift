import Foundation
import Testing

/// The forecast beside the plan (SPEC §5, §9) on random plans: the tool's timeline in
/// workbook.xml against the Python oracle's, figure by figure (Tests/oracle/random_compare.py).
@Suite("random plans: the timeline agrees with the independent Python oracle")
struct OracleRandomPlanTests {
  @Test("20 random plans with progress and as_of mid-way: forecast, slip, slack, late, finishes")
  func randomPlansAgree() throws {
    let run = try BinaryRunner.execute(
      URL(fileURLWithPath: "/usr/bin/env"),
      [
        "python3", "Tests/oracle/random_compare.py", "--binary", BinaryRunner.binary.path,
        "--seeds", "20", "--tasks", "80",
      ], timeout: 60)
    #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
  }
}

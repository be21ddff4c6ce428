import Foundation
import Testing

@Suite("report's terminal summary gives every RAG with its reason")
struct TerminalSummaryTests {
  @Test(
    "the bundled example: overall and phase RAG, each followed by why, figures as in the report")
  func reasons() throws {
    let out = try BinaryRunner.temporaryFolder().appendingPathComponent("out")
    let inventory = BinaryRunner.root.appendingPathComponent("Examples/contact-centre.yaml").path
    let run = try BinaryRunner.run(
      ["report", inventory, "--as-of", "2026-11-25", "--out", out.path, "--format", "xml"])
    #expect(run.status == 0, "\(run.stderr)")
    let lines = run.stdout.split(separator: "\n").map(String.init)
    let overall = try #require(lines.firstIndex { $0.hasPrefix("Overall ") })
    #expect(lines[overall] == "Overall 53.3 / 100  RED")
    #expect(
      lines[overall + 1].hasPrefix("    Red because the critical risk 'EV charging tariff ads"))
    let implementation = try #require(lines.firstIndex { $0.hasPrefix("  implementation") })
    #expect(lines[implementation] == "  implementation   47.2 vs  91.2 expected  RED")
    #expect(
      lines[implementation + 1]
        == "    red: 47.2 vs 91.2 expected, 44.0 points behind (red beyond 30.0); R-C7 is blocked")
    #expect(lines.contains("    red: the phase ended 2026-04-30 at 78.5 of 100"))
  }
}

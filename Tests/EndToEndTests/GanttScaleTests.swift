import Foundation
import Testing

/// report.html grows with the number of tasks, not with tasks times the length of the plan: the
/// Gantt's week grid is drawn once and every panel shows it, so a chain of tasks (whose plan
/// grows with it) makes a page three times as large for three times the tasks.
@Suite("the Gantt grows linearly with the plan")
struct GanttScaleTests {
  /// report.html of a chain of `tasks` tasks, each after the one before.
  static func chainReport(_ tasks: Int) throws -> String {
    let folder = try BinaryRunner.temporaryFolder()
    let generated = try ExampleFiguresTests.runTool(
      "python3", ["Benchmarks/generate_inventory.py", String(tasks), "10", "2", "chain"])
    let inventory = folder.appendingPathComponent("chain.yaml")
    try Data(generated.output.utf8).write(to: inventory)
    let out = folder.appendingPathComponent("out")
    let run = try BinaryRunner.run([
      "report", inventory.path, "--out", out.path, "--format", "html", "--quiet",
    ])
    #expect(run.status == 0 || run.status == 1, "\(run.stderr)")
    return try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
  }

  /// How often `needle` occurs in `text`.
  static func count(_ needle: String, in text: String) -> Int {
    text.components(separatedBy: needle).count - 1
  }

  @Test("three times the chain gives at most 3.3 times the page, every panel with its grid")
  func linearGrowth() throws {
    let small = try Self.chainReport(1000)
    let large = try Self.chainReport(3000)
    let ratio = Double(large.utf8.count) / Double(small.utf8.count)
    #expect(ratio <= 3.3, "3,000 tasks give \(ratio)× the bytes of 1,000")
    for (html, tasks) in [(small, 1000), (large, 3000)] {
      let panels = html.components(separatedBy: "<svg class=\"gantt\" ").dropFirst()
      #expect(panels.count >= tasks / 20, "\(panels.count) panels for \(tasks) tasks")
      #expect(panels.allSatisfy { $0.contains("<use href=\"#gantt-grid\" ") })
      #expect(Self.count("<symbol id=\"gantt-grid\">", in: html) == 1)
      #expect(Self.count("<path class=\"week\" d=\"M", in: html) == 1)
      #expect(Self.count("<path class=\"month\" d=\"M", in: html) == 1)
      #expect(Self.count("<path class=\"weekend\" ", in: html) <= 1)
      #expect(Self.count("<text class=\"bar-text\" ", in: html) >= tasks)
      #expect(html.contains("\u{2068}task-\(tasks - 1)\u{2069}"))
    }
    #expect(Self.count("<text class=\"month-label\" ", in: small) > 0)
  }
}

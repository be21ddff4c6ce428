import Foundation
import Testing

/// `--format mspdi`: plan.xml read back by MPXJ (PyPI `mpxj` on the JRE), the library MS Project
/// importers build on, must give workbook.xml's schedule task by task.
@Suite("plan.xml (MSPDI) read back by MPXJ")
struct MSPDITests {
  @Test("every task's name, forecast dates, baseline finish, % complete, links and milestone flag")
  func readBack() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let examples = BinaryRunner.root.appendingPathComponent("Examples")
    for name in ["contact-centre.yaml", "holidays-nl.ics"] {
      try FileManager.default.copyItem(
        at: examples.appendingPathComponent(name), to: folder.appendingPathComponent(name))
    }
    // The baseline is the example's plan; the reported plan then takes 5 more days on its
    // first task, so baseline and plan differ.
    let history = folder.appendingPathComponent("history.sqlite").path
    let original = folder.appendingPathComponent("contact-centre.yaml")
    let saved = try BinaryRunner.run([
      "baseline", original.path, "--name", "original", "--history", history, "--as-of",
      "2026-11-25",
    ])
    #expect(saved.status == 0, "\(saved.stderr)")
    let text = try String(contentsOf: original, encoding: .utf8)
    let replanned = folder.appendingPathComponent("replanned.yaml")
    try text.replacingOccurrences(of: "duration: 15\n", with: "duration: 20\n")
      .write(to: replanned, atomically: true, encoding: .utf8)
    let out = folder.appendingPathComponent("out")
    let run = try BinaryRunner.run([
      "report", replanned.path, "--as-of", "2026-11-25", "--history", history, "--out", out.path,
      "--format", "mspdi,xml",
    ])
    #expect(run.status == 0, "\(run.stderr)")
    let workbook = try String(
      contentsOf: out.appendingPathComponent("workbook.xml"), encoding: .utf8)
    #expect(workbook.contains(#"baseline-name="original""#))
    // The baseline and the plan differ (9 tasks end later), so plan.xml's baseline is checked.
    let tasks = workbook.split(separator: "<task ").dropFirst()
    let moved = tasks.filter { task in
      let end = task.firstMatch(of: #/ end="([^"]+)"/#)?.1
      let baseline = task.firstMatch(of: #/baseline-end="([^"]+)"/#)?.1
      return baseline != nil && baseline != end
    }
    #expect(moved.count == 9)
    let check = try ExampleFiguresTests.runTool(
      "python3",
      [
        "Tests/EndToEndTests/Support/check_mspdi.py", out.appendingPathComponent("plan.xml").path,
        out.appendingPathComponent("workbook.xml").path,
      ])
    #expect(check.status == 0, "\(check.output)")
    #expect(check.output.contains("ok: 26 tasks"), "\(check.output)")
  }
}

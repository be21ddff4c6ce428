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
    // The baseline is the example's plan; the reported plan then takes 5 more days on its
    // first task, so baseline and plan differ.
    let original = try MSPDIReaderTests.copyExample(into: folder)
    let history = folder.appendingPathComponent("history.sqlite").path
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

  @Test("a generated 2,000-task plan: MPXJ reads plan.xml as workbook.xml says, and it reads back")
  func generated() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let made = try ExampleFiguresTests.runTool(
      "python3", ["Benchmarks/generate_inventory.py", "2000", "20", "10"])
    let inventory = folder.appendingPathComponent("inventory.yaml")
    try Data(made.output.utf8).write(to: inventory)
    let out = folder.appendingPathComponent("out")
    let run = try BinaryRunner.run([
      "report", inventory.path, "--out", out.path, "--format", "mspdi,xml", "--no-history",
      "--quiet",
    ])
    #expect(run.status == 0, "\(run.stderr.prefix(1000))")
    let check = try ExampleFiguresTests.runTool(
      "python3",
      [
        "Tests/EndToEndTests/Support/check_mspdi.py", out.appendingPathComponent("plan.xml").path,
        out.appendingPathComponent("workbook.xml").path,
      ])
    #expect(check.status == 0, "\(check.output.prefix(2000))")
    #expect(check.output.contains("ok: 2000 tasks"), "\(check.output.suffix(200))")
    // Read back through the MSPDI reader: the same schedule.
    let back = folder.appendingPathComponent("back.yaml")
    try MSPDIReaderTests.withTasks(
      from: "out/plan.xml", in: String(contentsOf: inventory, encoding: .utf8)
    ).write(to: back, atomically: true, encoding: .utf8)
    let again = folder.appendingPathComponent("again")
    let reread = try BinaryRunner.run([
      "report", back.path, "--out", again.path, "--format", "xml", "--no-history", "--quiet",
    ])
    #expect(reread.status == 0, "\(reread.stderr.prefix(1000))")
    #expect(
      try MSPDIReaderTests.tasks(again.appendingPathComponent("workbook.xml"))
        == MSPDIReaderTests.tasks(out.appendingPathComponent("workbook.xml")))
  }
}

import Foundation
import Testing

/// `baseline` saves the plan; `report` compares its forecast with it after a re-plan.
@Suite("baseline saves the plan and report compares the forecast with it")
struct BaselineTests {
  /// The history workspace's base inventory with `dedupe` re-planned from 10 to 20 days.
  static func replanned() throws -> String {
    try HistoryWorkspace.baseInventory().replacingOccurrences(
      of: "duration: 10\n    progress: 0", with: "duration: 20\n    progress: 0")
  }

  static func baseline(_ space: HistoryWorkspace, _ inventory: String, _ extra: [String])
    throws -> BinaryRunner.Run
  {
    try BinaryRunner.run(["baseline", inventory, "--history", space.history.path] + extra)
  }

  @Test("after a re-plan the headline gives baseline, plan and forecast and lists the task")
  func replan() throws {
    let space = try HistoryWorkspace()
    let base = try space.write("base.yaml", try HistoryWorkspace.baseInventory())
    let saved = try Self.baseline(space, base, ["--name", "v1"])
    #expect(saved.status == 0, "\(saved.stderr)")
    #expect(saved.stdout.contains("Saved baseline v1 of minimal-readiness-check as of 2026-03-02"))
    let later = try Self.baseline(space, base, ["--name", "v2"])
    #expect(later.status == 0, "\(later.stderr)")

    let run = try space.report(try space.write("now.yaml", try Self.replanned()), out: "now")
    #expect(run.status == 0, "\(run.stderr)")
    let finish =
      "Finish: baseline 2026-02-27 (v1, saved 2026-03-02), plan 2026-03-13, forecast 2026-03-30:"
      + " 21 working days behind baseline"
    #expect(run.stdout.contains(finish + "."), "\(run.stdout)")
    let folder = space.folder.appendingPathComponent("now")
    let html = try String(
      contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8)
    #expect(html.contains(finish))
    #expect(
      html.contains(
        "<span class=\"muted id\"><bdi>dedupe</bdi></span></th><td class=\"date\">2026-02-16</td>"
          + "<td class=\"date\">2026-02-27</td><td class=\"date\">2026-02-16</td>"
          + "<td class=\"date\">2026-03-13</td>"))
    #expect(!html.contains("<bdi>crm-bsuid-field</bdi></span></th><td class=\"date\">"))
    let briefing = try String(
      contentsOf: folder.appendingPathComponent("briefing.html"), encoding: .utf8)
    #expect(briefing.contains(finish))
    let workbook = try space.workbook("now")
    #expect(
      workbook.contains(
        "baseline-name=\"v1\" baseline-date=\"2026-03-02\" baseline-finish=\"2026-02-27\""
          + " behind-baseline=\"21\""))
    #expect(workbook.contains("baseline-start=\"2026-02-16\" baseline-end=\"2026-02-27\""))
    try WorkbookXLSXTests.check("check_xlsx.py", "workbook.xlsx", in: folder)

    // Re-baselined with --replace: the next report's diff says the baseline's finish moved.
    let now = try space.write("now.yaml", try Self.replanned())
    #expect(try Self.baseline(space, now, ["--name", "v1", "--replace"]).status == 0)
    let week2 = try space.write(
      "week2.yaml",
      try Self.replanned().replacingOccurrences(of: "as_of: 2026-03-02", with: "as_of: 2026-03-09"))
    #expect(try space.report(week2, out: "week2").status == 0)
    let diff = try BinaryRunner.run([
      "diff", "--history", space.history.path, "--from", "2026-03-02", "--to", "2026-03-09",
    ])
    #expect(
      diff.stdout.contains(
        "Baseline:\n  compared with v1 (finish 2026-02-27) → v1 (finish 2026-03-13)"),
      "\(diff.stdout)")

    let named = try space.report(
      try space.write("named.yaml", try Self.replanned()), out: "named", ["--baseline", "v2"])
    #expect(named.stdout.contains("Finish: baseline 2026-02-27 (v2, saved 2026-03-02)"))
  }

  @Test("a name that is not an id: exit 64 and no history is created")
  func badName() throws {
    let space = try HistoryWorkspace()
    let base = try space.write("base.yaml", try HistoryWorkspace.baseInventory())
    let run = try Self.baseline(space, base, ["--name", "plan 1"])
    #expect(run.status == 64)
    #expect(run.stderr.contains("'plan 1' is not a baseline name"))
    #expect(run.stderr.contains("hint: an id starts with a letter or digit"))
    #expect(!FileManager.default.fileExists(atPath: space.history.path))
  }

  @Test("a name already saved: exit 64, the file untouched, unless --replace")
  func duplicate() throws {
    let space = try HistoryWorkspace()
    let base = try space.write("base.yaml", try HistoryWorkspace.baseInventory())
    #expect(try Self.baseline(space, base, ["--name", "v1"]).status == 0)
    let before = try Data(contentsOf: space.history)
    let again = try Self.baseline(space, base, ["--name", "v1"])
    #expect(again.status == 64)
    #expect(again.stderr.contains("hint: re-baselining is explicit: pass --replace"))
    #expect(try Data(contentsOf: space.history) == before)
    let replaced = try Self.baseline(space, base, ["--name", "v1", "--replace"])
    #expect(replaced.status == 0, "\(replaced.stderr)")
    #expect(replaced.stdout.hasPrefix("Replaced baseline v1"))
  }

  @Test("a named baseline that is not saved: exit 66 naming those saved, nothing written")
  func missing() throws {
    let space = try HistoryWorkspace()
    let base = try space.write("base.yaml", try HistoryWorkspace.baseInventory())
    #expect(try Self.baseline(space, base, ["--name", "v1"]).status == 0)
    let run = try space.report(base, out: "out", ["--baseline", "v9"])
    #expect(run.status == 66)
    #expect(
      run.stderr.contains("error: no baseline named 'v9' is saved for minimal-readiness-check"))
    #expect(run.stderr.contains("hint: saved: v1"))
    #expect(
      !FileManager.default.fileExists(atPath: space.folder.appendingPathComponent("out").path))
    let inInventory = try space.write(
      "named.yaml",
      try HistoryWorkspace.baseInventory().replacingOccurrences(
        of: "  as_of: 2026-03-02", with: "  as_of: 2026-03-02\n  baseline: v7"))
    let fromInventory = try space.report(inInventory, out: "out")
    #expect(fromInventory.status == 66)
    #expect(
      fromInventory.stderr.contains("named.yaml:9:13: error: no baseline named 'v7'"),
      "\(fromInventory.stderr)")
  }

  @Test("a history that is not this tool's: exit 74, left as it was")
  func notOurs() throws {
    let space = try HistoryWorkspace()
    let base = try space.write("base.yaml", try HistoryWorkspace.baseInventory())
    let text = Data(String(repeating: "not a database\n", count: 100).utf8)
    try text.write(to: space.history)
    let run = try Self.baseline(space, base, ["--name", "v1"])
    #expect(run.status == 74)
    #expect(run.stderr.contains("is not an SQLite database"))
    #expect(try Data(contentsOf: space.history) == text)
  }
}

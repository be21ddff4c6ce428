import Foundation
import Testing

/// `diff`: two snapshots of a history by date, or two inventories at one as-of.
@Suite("diff compares two snapshots or two inventories")
struct DiffTests {
  /// The base inventory and a later one in which the CRM task finished and the handle was claimed.
  func inventories(_ space: HistoryWorkspace) throws -> (old: String, new: String) {
    let base = try HistoryWorkspace.baseInventory()
    let later = base.replacingOccurrences(of: "progress: 40", with: "progress: 100")
      .replacingOccurrences(of: "status: eligible", with: "status: claimed")
    return (try space.write("old.yaml", base), try space.write("new.yaml", later))
  }

  @Test("diff --history --from --to prints the comparison of two recorded dates")
  func fromHistory() throws {
    let space = try HistoryWorkspace()
    let (old, new) = try inventories(space)
    #expect(try space.report(old, out: "a", ["--as-of", "2026-03-02"]).status == 0)
    #expect(try space.report(new, out: "b", ["--as-of", "2026-03-09"]).status == 0)
    let run = try BinaryRunner.run([
      "diff", "--history", space.history.path, "--from", "2026-03-02", "--to", "2026-03-09",
    ])
    #expect(run.status == 0, "\(run.stderr)")
    let lines = run.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "minimal-readiness-check: changes from 2026-03-02 to 2026-03-09")
    #expect(lines.contains("  Overall           22.2 →  38.9  +16.7  RED → RED"), "\(run.stdout)")
    #expect(lines.contains("  Add a BSUID field to the CRM [crm-bsuid-field]"))
    #expect(lines.contains("  @exampleshop: eligible → claimed"))
    #expect(
      lines.contains(
        "  Stop deduplicating on the phone number [dedupe]: forecast end 2026-03-16 → 2026-03-23, 5 working days later"
      ))
  }

  @Test("diff OLD NEW --as-of --format md prints Markdown for an e-mail or a ticket")
  func inventoriesAsMarkdown() throws {
    let space = try HistoryWorkspace()
    let (old, new) = try inventories(space)
    let run = try BinaryRunner.run(["diff", old, new, "--as-of", "2026-03-09", "--format", "md"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.hasPrefix("## Minimal readiness check: \(old) → \(new), as of 2026-03-09\n"))
    for line in [
      "| Overall | 22.2 | 38.9 | +16.7 | RED → RED |",
      "### Finished tasks", "- Add a BSUID field to the CRM \\[crm-bsuid-field\\]",
      "- @exampleshop: eligible → claimed",
      "| 20% | 144 → 144 conversations | EUR 360.00 → EUR 360.00 |",
    ] {
      #expect(run.stdout.contains(line + "\n"), "missing: \(line)\n\(run.stdout)")
    }
    #expect(!run.stdout.contains("Slipped tasks"), "one as-of: no forecast moved")
  }

  @Test(
    "a date without a snapshot (66), a missing history (66), a bad history (74), bad usage (64)")
  func failures() throws {
    let space = try HistoryWorkspace()
    let (old, _) = try inventories(space)
    #expect(try space.report(old, out: "a", ["--as-of", "2026-03-02"]).status == 0)
    let missing = try BinaryRunner.run([
      "diff", "--history", space.history.path, "--from", "2026-02-23", "--to", "2026-03-02",
    ])
    #expect(missing.status == 66)
    #expect(
      missing.stderr.contains("error: no snapshot of minimal-readiness-check as of 2026-02-23"))
    #expect(missing.stderr.contains("hint: its snapshots: 2026-03-02"))
    let noFile = try BinaryRunner.run([
      "diff", "--history", space.folder.appendingPathComponent("none.sqlite").path, "--from",
      "2026-03-02", "--to", "2026-03-09",
    ])
    #expect(noFile.status == 66 && noFile.stderr.contains("no such history file"))
    let junk = space.folder.appendingPathComponent("junk.sqlite")
    try Data(String(repeating: "junk ", count: 200).utf8).write(to: junk)
    let bad = try BinaryRunner.run([
      "diff", "--history", junk.path, "--from", "2026-03-02", "--to", "2026-03-09",
    ])
    #expect(bad.status == 74 && bad.stderr.contains("not an SQLite database"))
    #expect(try Data(contentsOf: junk) == Data(String(repeating: "junk ", count: 200).utf8))
    for arguments in [
      ["diff", old], ["diff", "--history", "h.sqlite", "--from", "2026-03-02"],
      ["diff", old, old, "--from", "2026-03-02"],
    ] {
      #expect(try BinaryRunner.run(arguments).status == 64, "\(arguments)")
    }
  }
}

import Foundation
import Testing

/// `--fail-under` and `--fail-on`: exit 1 after every file is written, one line per failed gate.
@Suite("gates for scheduled runs")
struct GateTests {
  /// The base inventory scores 22.2, RED.
  func run(_ gates: [String]) throws -> (BinaryRunner.Run, HistoryWorkspace) {
    let space = try HistoryWorkspace()
    let inventory = try space.write("inventory.yaml", try HistoryWorkspace.baseInventory())
    return (try space.report(inventory, out: "out", gates), space)
  }

  @Test(
    "each gate fails exactly when the overall result crosses it",
    arguments: [
      (["--fail-under", "22.2"], 0), (["--fail-under", "22.3"], 1), (["--fail-under", "0"], 0),
      (["--fail-on", "red"], 1), (["--fail-on", "amber"], 1), (["--fail-on", "RED"], 1), ([], 0),
    ])
  func exitStatus(gates: [String], status: Int) throws {
    let (run, space) = try run(gates)
    #expect(Int(run.status) == status, "\(gates): \(run.stderr)")
    #expect(
      FileManager.default.fileExists(
        atPath: space.folder.appendingPathComponent("out/report.html").path))
    #expect(
      FileManager.default.fileExists(
        atPath: space.folder.appendingPathComponent("out/workbook.xml").path))
    #expect(run.stdout.contains("Overall 22.2 / 100  RED"), "the summary is still printed")
  }

  @Test("two failed gates print one line each, and are recorded in the snapshot")
  func twoLines() throws {
    let (run, space) = try run(["--fail-under", "60", "--fail-on", "amber"])
    #expect(run.status == 1)
    // Each line names the programme and the report's folder: what cron mails under --quiet.
    let lines = run.stderr.split(separator: "\n").map(String.init)
    #expect(lines.count == 2, "\(run.stderr)")
    for (line, gate) in zip(
      lines,
      [
        "--fail-under 60: overall score 22.2 is under 60",
        "--fail-on amber: overall RAG is RED (the run fails on AMBER or worse)",
      ])
    {
      #expect(line.hasPrefix("error: gate failed for "), "\(line)")
      #expect(line.contains(": \(gate) (report: ") && line.hasSuffix("/out)"), "\(line)")
    }
    let gates = try HistoryWorkspace.query(
      space.history, "SELECT gate, threshold, failed FROM gates ORDER BY position")
    #expect(gates == ["fail-under|60|1", "fail-on|amber|1"])
  }

  @Test("--quiet prints nothing on success and only the failed gates otherwise")
  func quiet() throws {
    let (passing, _) = try run(["--quiet", "--fail-under", "10"])
    #expect(passing.status == 0 && passing.stdout.isEmpty && passing.stderr.isEmpty)
    let (failing, _) = try run(["--quiet", "--fail-on", "red"])
    #expect(failing.status == 1 && failing.stdout.isEmpty)
    #expect(failing.stderr.hasPrefix("error: gate failed for "))
    #expect(failing.stderr.contains(": --fail-on red: "))
  }

  @Test("--quiet leaves out the inventory's warnings too; without it they are printed")
  func quietWarnings() throws {
    let out = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: out) }
    let arguments = ["report", "Examples/contact-centre.yaml", "--format", "xml"]
    let loud = try BinaryRunner.run(arguments + ["--out", out.appendingPathComponent("a").path])
    #expect(loud.status == 0 && loud.stderr.contains(": warning: "))
    let quiet = try BinaryRunner.run(
      arguments + ["--out", out.appendingPathComponent("b").path, "--quiet"])
    #expect(quiet.status == 0 && quiet.stderr.isEmpty && quiet.stdout.isEmpty, "\(quiet.stderr)")
  }

  @Test(
    "a gate outside its range is a usage error (64)",
    arguments: [
      ["--fail-under", "101"], ["--fail-on", "green"], ["--history", "h", "--no-history"],
    ])
  func usage(arguments: [String]) throws {
    let (run, _) = try run(arguments)
    #expect(run.status == 64, "\(run.stderr)")
  }
}

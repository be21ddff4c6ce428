import Foundation
import Testing

/// `tasks: {jira_csv: export.csv}`: issues from a Jira Cloud CSV export become the plan.
@Suite("tasks read from a Jira CSV export")
struct JiraReaderTests {
  static func workspace(_ count: Int, options: String = "") throws -> URL {
    let folder = try BinaryRunner.temporaryFolder()
    let made = try ExampleFiguresTests.runTool(
      "python3",
      [
        "Tests/EndToEndTests/Support/make_jira_export.py",
        folder.appendingPathComponent("export.csv").path, String(count),
      ])
    #expect(made.status == 0, "\(made.output)")
    try Data(
      """
      version: 1
      programme: {name: Jira plan, start: 2026-03-02, as_of: 2026-11-25}
      tasks: {jira_csv: export.csv\(options)}

      """.utf8
    ).write(to: folder.appendingPathComponent("inventory.yaml"))
    return folder
  }

  @Test(
    "300 issues: 297 tasks, as an independent reading of the export says",
    arguments: [("", "8"), (", hours_per_day: 6", "6")])
  func export(options: String, hours: String) throws {
    let folder = try Self.workspace(300, options: options)
    defer { try? FileManager.default.removeItem(at: folder) }
    let out = folder.appendingPathComponent("out")
    let run = try BinaryRunner.run([
      "report", folder.appendingPathComponent("inventory.yaml").path, "--out", out.path,
      "--format", "xml", "--no-history",
    ])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(
      run.stderr.contains(
        "export.csv:51:114: warning: issue BSU-50 blocks OTHER-9, which is not in the export"),
      "\(run.stderr.prefix(3000))")
    #expect(
      run.stderr.contains(
        "export.csv:1:1: warning: 70 issues have neither an Original Estimate nor a Due date"))
    let check = try ExampleFiguresTests.runTool(
      "python3",
      [
        "Tests/EndToEndTests/Support/check_jira.py",
        folder.appendingPathComponent("export.csv").path,
        out.appendingPathComponent("workbook.xml").path, hours,
      ])
    #expect(check.status == 0, "\(check.output)")
    #expect(check.output.contains("ok: 297 tasks"), "\(check.output)")
  }

  @Test("an unknown status, a date Jira never writes and an unmapped column: errors at their cells")
  func errors() throws {
    let folder = try Self.workspace(60)
    defer { try? FileManager.default.removeItem(at: folder) }
    let export = folder.appendingPathComponent("export.csv")
    let text = try String(contentsOf: export, encoding: .utf8)
    var lines = text.components(separatedBy: "\r\n")  // Python's csv module ends rows so
    lines[5] = lines[5].replacingOccurrences(of: ",Medium,", with: "x,Medium,")  // BSU-5's status
    lines[6] = lines[6].replacingOccurrences(of: "/26,", with: "/2026x,")  // BSU-6's dates
    try lines.joined(separator: "\r\n").write(to: export, atomically: true, encoding: .utf8)
    let inventory = folder.appendingPathComponent("inventory.yaml").path
    let run = try BinaryRunner.run(["validate", inventory])
    #expect(run.status == 65, "\(run.stderr)")
    #expect(run.stderr.contains("export.csv:6:"), "\(run.stderr.prefix(2000))")
    #expect(run.stderr.contains("maps to no work status"))
    #expect(run.stderr.contains("statuses: {\""))
    #expect(
      run.stderr.contains("export.csv:7:") && run.stderr.contains("is not a date Jira writes"))
    let unmapped = folder.appendingPathComponent("unmapped.yaml")
    try Data(
      "version: 1\nprogramme: {name: X, start: 2026-03-02}\ntasks: {jira_csv: export.csv, map: {title: Title}}\n"
        .utf8
    ).write(to: unmapped)
    let missing = try BinaryRunner.run(["validate", unmapped.path])
    #expect(missing.status == 65)
    #expect(
      missing.stderr.contains("export.csv:1:1: error: the Jira export has no 'Title' column"),
      "\(missing.stderr)")
  }
}

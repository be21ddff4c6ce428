import Foundation
import Testing

/// `tasks: {mspdi: plan.xml}`: the plan comes back from MS Project XML, ours or MPXJ's.
@Suite("tasks read from MS Project XML (MSPDI)")
struct MSPDIReaderTests {
  /// Each task's id, title, phase, working days, owner, progress, milestone flag, plan dates,
  /// forecast end and dependencies, from a workbook.xml.
  static func tasks(_ workbook: URL) throws -> [String: [String]] {
    let text = try String(contentsOf: workbook, encoding: .utf8)
    var found: [String: [String]] = [:]
    for chunk in text.components(separatedBy: "<task ").dropFirst() {
      let head = " " + String(chunk.prefix { $0 != ">" })
      func value(_ name: String) -> String {
        head.firstMatch(of: try! Regex(" \(name)=\"([^\"]*)\""))
          .map { String($0.output[1].substring ?? "") } ?? ""
      }
      let body = chunk.components(separatedBy: "</task>")[0]
      let links = body.matches(of: #/<depends-on task="([^"]+)"/#).map { String($0.1) }.sorted()
      found[value("id")] =
        [
          "title", "phase", "working-days", "owner", "progress", "milestone", "start", "end",
          "forecast-end",
        ].map(value) + links
    }
    return found
  }

  static func report(_ inventory: URL, out: URL, formats: String) throws {
    let run = try BinaryRunner.run([
      "report", inventory.path, "--as-of", "2026-11-25", "--out", out.path, "--format", formats,
      "--no-history",
    ])
    #expect(run.status == 0, "\(run.stderr)")
  }

  @Test("the example's plan.xml, and MPXJ's rewrite of it, give back the same schedule")
  func roundTrip() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let examples = BinaryRunner.root.appendingPathComponent("Examples")
    for name in ["contact-centre.yaml", "holidays-nl.ics"] {
      try FileManager.default.copyItem(
        at: examples.appendingPathComponent(name), to: folder.appendingPathComponent(name))
    }
    let original = folder.appendingPathComponent("original")
    try Self.report(
      folder.appendingPathComponent("contact-centre.yaml"), out: original, formats: "mspdi,xml")
    let expected = try Self.tasks(original.appendingPathComponent("workbook.xml"))
    #expect(expected.count == 26)
    let plan = original.appendingPathComponent("plan.xml").path
    let rewritten = folder.appendingPathComponent("mpxj-plan.xml").path
    let rewrite = try ExampleFiguresTests.runTool(
      "python3", ["Tests/EndToEndTests/Support/mpxj_plan.py", "rewrite", plan, rewritten])
    #expect(rewrite.status == 0, "\(rewrite.output)")
    // The example with its tasks section replaced by the plan file.
    let text = try String(
      contentsOf: folder.appendingPathComponent("contact-centre.yaml"), encoding: .utf8)
    let start = try #require(text.range(of: "\ntasks:\n"))
    let next = try #require(text[start.upperBound...].firstMatch(of: #/\n[a-z_]+:/#))
    for (name, file) in [("ours", plan), ("mpxj", rewritten)] {
      let inventory = folder.appendingPathComponent("\(name).yaml")
      try
        (String(text[..<start.lowerBound]) + "\ntasks: {mspdi: \(file)}\n"
        + String(text[next.range.lowerBound...])).write(
          to: inventory, atomically: true, encoding: .utf8)
      let out = folder.appendingPathComponent(name)
      try Self.report(inventory, out: out, formats: "xml")
      #expect(try Self.tasks(out.appendingPathComponent("workbook.xml")) == expected, "\(name)")
    }
  }

  @Test(
    "a plan made in MPXJ's model: phases by name, owner, progress; a start-to-start link warned")
  func builtByMPXJ() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let plan = folder.appendingPathComponent("built.xml").path
    let built = try ExampleFiguresTests.runTool(
      "python3", ["Tests/EndToEndTests/Support/mpxj_plan.py", "build", plan])
    #expect(built.status == 0, "\(built.output)")
    let inventory = folder.appendingPathComponent("inventory.yaml")
    try Data(
      """
      version: 1
      programme: {name: Built in MPXJ, start: 2026-03-02, as_of: 2026-03-02}
      tasks: {mspdi: built.xml}

      """.utf8
    ).write(to: inventory)
    let out = folder.appendingPathComponent("out")
    let run = try BinaryRunner.run(["report", inventory.path, "--out", out.path, "--format", "xml"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(
      run.stderr.contains(
        "built.xml:325:1: warning: task 'Accept webhooks without a phone' has a start-to-start"
          + " link: only finish-to-start links are read"), "\(run.stderr)")
    let tasks = try Self.tasks(out.appendingPathComponent("workbook.xml"))
    #expect(tasks["task-2"]?.prefix(5) == ["Audit the flows", "planning", "5", "", "40"])
    #expect(
      tasks["task-4"]?.prefix(5) == [
        "Add the BSUID field", "implementation", "10", "Dana Ruiz", "0",
      ])
    #expect(tasks["task-4"]?.last == "task-2")
    #expect(tasks["task-5"]?.count == 9, "the start-to-start link is left out")
  }

  @Test("an unreadable file and an unmapped summary are errors at their lines")
  func errors() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("<Project xmlns=\"http://schemas.microsoft.com/project\">\n<Tasks>\n".utf8).write(
      to: folder.appendingPathComponent("broken.xml"))
    try Data(
      """
      <Project xmlns="http://schemas.microsoft.com/project"><Tasks>
      <Task><UID>1</UID><Name>Wave one</Name><OutlineLevel>1</OutlineLevel><Summary>1</Summary></Task>
      <Task><UID>2</UID><Name>Work</Name><OutlineLevel>2</OutlineLevel><Duration>PT8H0M0S</Duration></Task>
      </Tasks></Project>
      """.utf8
    ).write(to: folder.appendingPathComponent("unmapped.xml"))
    for (file, expected) in [
      ("broken.xml", "broken.xml:3:1: error: the MSPDI file cannot be read"),
      ("unmapped.xml", "unmapped.xml:2:1: error: summary task 'Wave one' names no phase"),
      ("missing.xml", "error: cannot read the MSPDI file 'missing.xml'"),
    ] {
      let inventory = folder.appendingPathComponent("\(file).yaml")
      try Data(
        "version: 1\nprogramme: {name: X, start: 2026-03-02}\ntasks: {mspdi: \(file)}\n".utf8
      ).write(to: inventory)
      let run = try BinaryRunner.run(["validate", inventory.path])
      #expect(run.status == 65, "\(file): \(run.stderr)")
      #expect(run.stderr.contains(expected), "\(file): \(run.stderr)")
    }
    // The phases mapping names it.
    let mapped = folder.appendingPathComponent("mapped.yaml")
    try Data(
      "version: 1\nprogramme: {name: X, start: 2026-03-02}\ntasks: {mspdi: unmapped.xml, phases: {Wave one: implementation}}\n"
        .utf8
    ).write(to: mapped)
    let run = try BinaryRunner.run(["validate", mapped.path])
    #expect(run.status == 0, "\(run.stderr)")
  }
}

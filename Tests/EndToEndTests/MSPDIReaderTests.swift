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

  /// A copy of the bundled example, with the holiday calendar it names, in `folder`.
  static func copyExample(into folder: URL) throws -> URL {
    let examples = BinaryRunner.root.appendingPathComponent("Examples")
    for name in ["contact-centre.yaml", "holidays-nl.ics"] {
      try FileManager.default.copyItem(
        at: examples.appendingPathComponent(name), to: folder.appendingPathComponent(name))
    }
    return folder.appendingPathComponent("contact-centre.yaml")
  }

  /// The inventory `text` with its `tasks:` section read from the MSPDI file `plan` instead.
  static func withTasks(from plan: String, in text: String) throws -> String {
    let start = try #require(text.range(of: "\ntasks:\n"))
    let next = text[start.upperBound...].firstMatch(of: #/\n[a-z_]+:/#)?.range.lowerBound
    return String(text[..<start.lowerBound]) + "\ntasks: {mspdi: \(plan)}\n"
      + (next.map { String(text[$0...]) } ?? "")
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
    let example = try Self.copyExample(into: folder)
    let original = folder.appendingPathComponent("original")
    try Self.report(example, out: original, formats: "mspdi,xml")
    let expected = try Self.tasks(original.appendingPathComponent("workbook.xml"))
    #expect(expected.count == 26)
    let plan = original.appendingPathComponent("plan.xml").path
    let rewritten = folder.appendingPathComponent("mpxj-plan.xml").path
    let rewrite = try ExampleFiguresTests.runTool(
      "python3", ["Tests/EndToEndTests/Support/mpxj_plan.py", "rewrite", plan, rewritten])
    #expect(rewrite.status == 0, "\(rewrite.output)")
    // The example with its tasks section replaced by the plan file.
    let text = try String(contentsOf: example, encoding: .utf8)
    for (name, file) in [("ours", plan), ("mpxj", rewritten)] {
      let inventory = folder.appendingPathComponent("\(name).yaml")
      try Self.withTasks(from: file, in: text).write(
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

  /// A plan file of `tasks` (summary first) in MSPDI's shape.
  static func plan(_ tasks: [String], prefix: String = "") -> String {
    prefix + #"<Project xmlns="http://schemas.microsoft.com/project"><Tasks>"# + "\n"
      + tasks.joined(separator: "\n") + "\n</Tasks></Project>\n"
  }

  static func task(_ uid: Int, _ name: String, level: Int, summary: Bool = false, after: Int? = nil)
    -> String
  {
    "<Task><UID>\(uid)</UID><Name>\(name)</Name><OutlineLevel>\(level)</OutlineLevel>"
      + "<Summary>\(summary ? 1 : 0)</Summary><Duration>PT8H0M0S</Duration>"
      + (after.map {
        "<PredecessorLink><PredecessorUID>\($0)</PredecessorUID><Type>1</Type></PredecessorLink>"
      } ?? "")
      + "</Task>"
  }

  @Test("hostile plans: entities, 100 MB, a cycle of links, a 10,000-deep outline")
  func hostile() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let phase = Self.task(1, "Implementation", level: 1, summary: true)
    let laughs =
      "<!DOCTYPE Project [<!ENTITY a \"ha\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
      + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
    let deep =
      [phase] + (2...10_000).map { Self.task($0, "Level \($0)", level: $0, summary: true) }
      + [Self.task(10_001, "Deep work", level: 10_001)]
    let files: [(String, Data)] = [
      (
        "entities.xml",
        Data(Self.plan([phase, Self.task(2, "&c;&x;", level: 2)], prefix: laughs).utf8)
      ),
      (
        "cycle.xml",
        Data(
          Self.plan([
            phase, Self.task(2, "A", level: 2, after: 3), Self.task(3, "B", level: 2, after: 2),
          ]).utf8)
      ),
      ("deep.xml", Data(Self.plan(deep).utf8)),
      ("huge.xml", Data(count: 100 << 20)),
    ]
    for (name, data) in files { try data.write(to: folder.appendingPathComponent(name)) }
    let expected: [(String, Int32, String)] = [
      (
        "entities.xml", 65,
        "entities.xml:4:1: error: the MSPDI file cannot be read"
      ),
      ("cycle.xml", 65, "task-2"),
      ("deep.xml", 0, "warning: 9999 summary tasks are nested below a phase ('Level 2' the first)"),
      ("huge.xml", 65, "cannot read the MSPDI file 'huge.xml'"),
    ]
    for (name, status, message) in expected {
      let inventory = folder.appendingPathComponent("\(name).yaml")
      try Data(
        "version: 1\nprogramme: {name: X, start: 2026-03-02}\ntasks: {mspdi: \(name)}\n".utf8
      ).write(to: inventory)
      let started = Date()
      let run = try BinaryRunner.run(
        [
          "report", inventory.path, "--out", folder.appendingPathComponent("out-\(name)").path,
          "--format", "xml", "--no-history",
        ],
        timeout: 60)
      #expect(run.status == status, "\(name): \(run.stderr.prefix(600))")
      #expect(run.stderr.contains(message), "\(name): \(run.stderr.prefix(600))")
      #expect(!run.stderr.contains("root:"), "\(name): a file's contents leaked")
      #expect(!run.stderr.contains("parser error"), "\(name): libxml2 printed on its own")
      #expect(Date().timeIntervalSince(started) < 30, "\(name) took too long")
      let written = FileManager.default.fileExists(
        atPath: folder.appendingPathComponent("out-\(name)").path)
      #expect(written == (status == 0), "\(name): files written on an error")
    }
  }
}

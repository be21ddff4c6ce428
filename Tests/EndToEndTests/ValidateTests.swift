import Foundation
import Testing

@Suite("validate: the real binary on broken and valid inventories")
struct ValidateTests {
  static let broken = "Tests/EndToEndTests/Fixtures/broken/"

  /// One broken inventory per kind of error, and the first line `validate` must print for it.
  static let cases: [(file: String, expected: String)] = [
    (
      "syntax.yaml",
      "syntax.yaml:4:16: error: YAML syntax: mapping values are not allowed in this context"
    ),
    (
      "syntax.json",
      "syntax.json:5:34: error: JSON syntax: expected ',' or '}' after a value in an object"
    ),
    ("unknown-key.yaml", "unknown-key.yaml:7:5: error: unknown key 'primary_identifer' in a flow"),
    ("bad-enum.yaml", "bad-enum.yaml:6:11: error: invalid kind 'spreadsheet'"),
    (
      "wrong-type.yaml",
      "wrong-type.yaml:7:28: error: 'monthly_conversations' expects a whole number, found a list"
    ),
    ("bad-date.yaml", "bad-date.yaml:4:10: error: 'as_of' is not a real date: 2026-02-30"),
    (
      "share-out-of-range.yaml",
      "share-out-of-range.yaml:7:26: error: 'first_contact_share' must be between 0 and 1, found 1.2"
    ),
    (
      "progress-out-of-range.yaml",
      "progress-out-of-range.yaml:8:15: error: 'progress' must be between 0 and 100, found 150"
    ),
    (
      "amount-out-of-range.yaml",
      "amount-out-of-range.yaml:7:33: error: 'amount' must be between 0 and 1000000000000000, found -500"
    ),
    ("duplicate-id.yaml", "duplicate-id.yaml:5:11: error: duplicate system id 'crm'"),
    ("unknown-reference.yaml", "unknown-reference.yaml:6:58: error: unknown system 'bot'"),
    ("cycle.yaml", "cycle.yaml:4:66: error: tasks depend on each other in a cycle: a → c → b → a"),
    ("csv-error.yaml", "csv-error-systems.csv:3:13: error: CSV: a quote inside an unquoted field"),
    (
      "csv-missing.yaml",
      "csv-missing.yaml:3:12: error: cannot read the CSV file 'no-such-file.csv'"
    ),
    (
      "csv-semicolon.yaml",
      "csv-semicolon-systems.csv:1:1: error: the header row holds ';' and no ',': the file is ';'-separated"
    ),
    ("team-unknown.yaml", "team-unknown.yaml:6:15: error: invalid team 'Produto'"),
    ("split-value.yaml", "split-value.yaml:4:28: error: unknown key 'Inc' in a system"),
    ("duplicate-key.yaml", "duplicate-key.yaml:5:3: error: duplicate key 'name' in a mapping"),
    ("missing-key.yaml", "missing-key.yaml:4:5: error: a system needs 'name'"),
    ("version.yaml", "version.yaml:1:10: error: 'version' must be exactly 1, found 2"),
    (
      "end-and-duration.yaml",
      "end-and-duration.yaml:8:15: error: task 't1' gives both end and duration"
    ),
    (
      "phase-backwards.yaml",
      "phase-backwards.yaml:5:15: error: phase planning ends on 2026-02-01, before it starts on 2026-03-01"
    ),
    (
      "start-before-dependencies.yaml",
      "start-before-dependencies.yaml:6:62: error: task 'build' starts on 2026-01-12, before its dependencies allow"
    ),
    (
      "username-phone.yaml",
      "username-phone.yaml:5:40: error: phone number '+31 (20) 555-0100' already has the username 'acme'"
    ),
  ]

  @Test(
    "a broken inventory exits 65 with file:line:column: error: message and a hint", arguments: cases
  )
  func broken(file: String, expected: String) throws {
    let run = try BinaryRunner.run(["validate", Self.broken + file])
    #expect(run.status == 65)
    let lines = run.stderr.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix(Self.broken + expected) == true, "\(run.stderr)")
    #expect(lines.dropFirst().first?.hasPrefix("  hint: ") == true, "\(run.stderr)")
    #expect(run.stdout.isEmpty)
  }

  @Test("every broken fixture is covered by a case")
  func fixturesCovered() throws {
    let folder = BinaryRunner.root.appendingPathComponent(Self.broken)
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }
    #expect(Set(files) == Set(Self.cases.map(\.file)))
  }

  @Test("a missing inventory exits 66")
  func missing() throws {
    let run = try BinaryRunner.run(["validate", "no/such/inventory.yaml"])
    #expect(run.status == 66)
    #expect(run.stderr.hasPrefix("no/such/inventory.yaml: error: no such inventory file"))
  }

  @Test("'-' reads the inventory from standard input, and diagnostics name <stdin>")
  func standardInput() throws {
    let good = BinaryRunner.root.appendingPathComponent("Examples/minimal.yaml")
    let run = try BinaryRunner.run(["validate", "-"], stdin: good)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.hasPrefix("<stdin>: valid inventory"))
    let broken = try BinaryRunner.temporaryFolder().appendingPathComponent("broken.yaml")
    try Data("version: 1\nprogramme: { name: X, nme: y }\n".utf8).write(to: broken)
    let bad = try BinaryRunner.run(["validate", "-"], stdin: broken)
    #expect(bad.status == 65)
    #expect(
      bad.stderr.contains("<stdin>:2:23: error: unknown key 'nme' in a programme"), "\(bad.stderr)")
  }

  @Test("the summary prints a programme's name without control or bidi-override characters")
  func hostileName() throws {
    let inventory = try BinaryRunner.temporaryFolder().appendingPathComponent("hostile.yaml")
    let name = #"name: "Shop\e[31m \u202Eevil\u2066", organisation: "\u202DOrg""#
    try Data("version: 1\nprogramme: { \(name) }\n".utf8).write(to: inventory)
    let run = try BinaryRunner.run(["validate", inventory.path])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(
      run.stdout.contains("programme     Shop\u{FFFD}[31m \u{FFFD}evil\u{FFFD}\n"), "\(run.stdout)")
    #expect(run.stdout.contains("organisation  \u{FFFD}Org\n"), "\(run.stdout)")
  }

  @Test("the summary gives the day it validated at and where that day came from")
  func asOfLine() throws {
    let inventory = try BinaryRunner.temporaryFolder().appendingPathComponent("dated.yaml")
    try Data("version: 1\nprogramme: { name: Dated, as_of: 2026-04-01 }\n".utf8).write(
      to: inventory)
    let given = try BinaryRunner.run(["validate", inventory.path, "--as-of", "2026-05-01"])
    #expect(given.stdout.contains("as of         2026-05-01 (--as-of)\n"), "\(given.stdout)")
    let own = try BinaryRunner.run(["validate", inventory.path])
    #expect(own.stdout.contains("as of         2026-04-01 (programme.as_of)\n"), "\(own.stdout)")
  }

  @Test("CSV hints name the file's own separators: list items and the field delimiter")
  func csvHints() throws {
    let space = try BinaryRunner.temporaryFolder()
    func write(_ name: String, _ text: String) throws {
      try Data(text.utf8).write(to: space.appendingPathComponent(name))
    }
    try write("inv.yaml", "version: 1\nprogramme: { name: C }\ntasks: { csv: tasks.csv }\n")
    try write(
      "tasks.csv", "id,title,phase,duration,depends_on\na,A,planning,2,\nb,B,planning,2,\"a, c\"\n")
    let list = try BinaryRunner.run(["validate", "inv.yaml"], in: space)
    #expect(list.status == 65)
    #expect(list.stderr.contains("error: an item of 'depends_on' is not a valid id: 'a, c'"))
    #expect(list.stderr.contains("list items are separated by ';'"), "\(list.stderr)")
    try write(
      "semi.yaml",
      "version: 1\nprogramme: { name: C }\ntasks: { csv: semi.csv, delimiter: \";\" }\n")
    try write("semi.csv", "id;title;phase;duration\na;A;planning;2;x\n")
    let fields = try BinaryRunner.run(["validate", "semi.yaml"], in: space)
    #expect(fields.stderr.contains("quote fields that contain a semicolon"), "\(fields.stderr)")
  }

  @Test("every example inventory validates with exit 0 and a summary")
  func examples() throws {
    let examples = try Self.exampleInventories()
    #expect(examples.contains("Examples/minimal.yaml"))
    for example in examples {
      let run = try BinaryRunner.run(["validate", example])
      #expect(run.status == 0, "\(example): \(run.stderr)")
      #expect(run.stdout.contains("valid inventory"), "\(example)")
      #expect(run.stdout.contains("systems"), "\(example)")
    }
  }

  /// `Examples/**/*.yaml|yml|json`, relative to the repository root, sorted.
  static func exampleInventories() throws -> [String] {
    let root = BinaryRunner.root.appendingPathComponent("Examples")
    let enumerator = FileManager.default.enumerator(atPath: root.path)
    var found: [String] = []
    while let path = enumerator?.nextObject() as? String {
      // observed.yaml is what `measure` wrote, which an inventory names; not an inventory.
      if ["yaml", "yml", "json"].contains((path as NSString).pathExtension),
        (path as NSString).lastPathComponent != "observed.yaml"
      {
        found.append("Examples/" + path)
      }
    }
    return found.sorted()
  }
}

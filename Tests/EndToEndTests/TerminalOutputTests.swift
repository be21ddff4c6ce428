import Foundation
import Testing

@Suite("Everything printed is sanitised and bounded: no escapes, no bidi controls, no flood")
struct TerminalOutputTests {
  /// A folder holding `inventory.yaml` with `text`, and `files` beside it.
  func workspace(_ text: String, files: [String: String] = [:]) throws -> URL {
    let folder = try BinaryRunner.temporaryFolder()
    for (name, content) in files {
      try Data(content.utf8).write(to: folder.appendingPathComponent(name))
    }
    let url = folder.appendingPathComponent("inventory.yaml")
    try Data(text.utf8).write(to: url)
    return url
  }

  static let controls: [Character] = ["\u{1B}", "\u{202E}", "\u{2066}", "\u{7}", "\u{9B}"]

  @Test("a CSV file name with an escape sequence is printed sanitised in the file:line:col prefix")
  func escapeInFileName() throws {
    let name = "sys\u{1B}[2J\u{1B}]0;owned\u{7}.csv"
    let inventory = try workspace(
      "version: 1\nprogramme: {name: T}\nsystems: {csv: \"sys\\e[2J\\e]0;owned\\a.csv\"}\n",
      files: [name: "id,name,kind,colour\ncrm,CRM,crm,red\n"])
    let run = try BinaryRunner.run(["validate", inventory.path])
    #expect(run.status == 65)
    #expect(run.stderr.contains("unknown key 'colour'"), "\(run.stderr)")
    #expect(!run.stderr.contains { Self.controls.contains($0) })
    #expect(run.stderr.contains("sys\u{FFFD}[2J\u{FFFD}]0;owned\u{FFFD}.csv:1:14: error:"))
  }

  @Test("a usage error quoting what was typed is sanitised too")
  func usageErrorIsClean() throws {
    let run = try BinaryRunner.run(["report", "Examples/minimal.yaml", "--as-of", "x\u{1B}[2Jy"])
    #expect(run.status == 64)
    #expect(run.stderr.contains("'x\u{FFFD}[2Jy' is not a date"), "\(run.stderr)")
    #expect(!run.stderr.contains { Self.controls.contains($0) })
  }

  @Test("validate's summary replaces bidi overrides and cuts a huge programme name")
  func summaryIsCleanAndShort() throws {
    // Long, but within the 10,000-character limit on inventory text.
    let name = "Evil \u{202E}gnp.exe" + String(repeating: "x", count: 9_000)
    let inventory = try workspace(
      "version: 1\nprogramme:\n  name: \"\(name)\"\n  organisation: \"\\e[31mred\"\n")
    let run = try BinaryRunner.run(["validate", inventory.path])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(!run.stdout.contains { Self.controls.contains($0) })
    #expect(run.stdout.split(separator: "\n").allSatisfy { $0.count <= 300 })
    #expect(run.stdout.contains("  programme     Evil \u{FFFD}gnp.exe"))
    #expect(run.stdout.contains("…\n"))
  }

  @Test("an inventory with 3,000 errors prints the first 200, then how many more")
  func diagnosticsAreCapped() throws {
    let systems = (1...3_000).map {
      "  - { id: s\($0), name: S, kind: crm, owner: O, colour: red }\n"
    }
    let inventory = try workspace(
      "version: 1\nprogramme: { name: X }\nsystems:\n" + systems.joined())
    let run = try BinaryRunner.run(["validate", inventory.path])
    #expect(run.status == 65)
    let errors = run.stderr.split(separator: "\n").filter {
      $0.contains(": error: unknown key 'colour'")
    }
    #expect(errors.count == 200)
    #expect(run.stderr.hasSuffix("… and 2800 more (only the first 200 are shown)\n"))
  }

  @Test("an inventory over 64 MiB is refused naming the limit")
  func tooLarge() throws {
    let inventory = try workspace("")
    let handle = try FileHandle(forWritingTo: inventory)
    let chunk = Data(("# " + String(repeating: "x", count: 1_021) + "\n").utf8)
    for _ in 0..<(64 * 1_024 + 1) { handle.write(chunk) }
    try handle.close()
    let run = try BinaryRunner.run(["validate", inventory.path])
    #expect(run.status == 65, "\(run.stderr)")
    #expect(run.stderr.contains("error: the inventory is larger than the 64 MiB limit"))
  }
}

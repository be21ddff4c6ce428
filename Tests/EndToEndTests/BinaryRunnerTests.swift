import Foundation
import Testing

@Suite("BinaryRunner: a child's large output on both pipes cannot block it")
struct BinaryRunnerTests {
  @Test("validate of an inventory with 3,000 errors writes over 64 KB to stderr; all of it arrives")
  func largeStandardError() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let systems = (1...3_000).map {
      "  - { id: s\($0), name: S, kind: crm, owner: O, colour: red }\n"
    }
    let inventory = folder.appendingPathComponent("many-errors.yaml")
    try Data(("version: 1\nprogramme: { name: X }\nsystems:\n" + systems.joined()).utf8).write(
      to: inventory)
    let run = try BinaryRunner.run(["validate", inventory.path])
    #expect(run.status == 65)
    #expect(run.stderr.utf8.count > 64 << 10)
    let errors = run.stderr.split(separator: "\n").filter {
      $0.contains(": error: unknown key 'colour'")
    }
    #expect(errors.count == 3_000)
  }

  @Test("200 KB on stderr, then 200 KB on stdout: both arrive whole")
  func bothPipes() throws {
    let script =
      "import sys; sys.stderr.write('e' * 200000); sys.stderr.flush(); sys.stdout.write('o' * 200000)"
    let run = try BinaryRunner.execute(
      URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script])
    #expect(run.status == 0)
    #expect(run.stderr == String(repeating: "e", count: 200_000))
    #expect(run.stdout == String(repeating: "o", count: 200_000))
  }
}

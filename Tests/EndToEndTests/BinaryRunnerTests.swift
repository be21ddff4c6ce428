import Foundation
import Testing

@Suite("BinaryRunner: a child's large output on both pipes cannot block it")
struct BinaryRunnerTests {
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

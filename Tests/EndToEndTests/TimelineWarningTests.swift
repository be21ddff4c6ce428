import Foundation
import Testing

@Suite("validate and report warn about statuses ahead of Meta's dates at the as-of date")
struct TimelineWarningTests {
  /// An inventory whose username is claimed; `as_of` is before Meta opens claims on 2026-06-29.
  static let text = """
    version: 1
    programme:
      name: Early claim
      as_of: 2026-05-04
    usernames:
      - { handle: acme, status: claimed }
    """

  static let warning =
    "inventory.yaml:6:29: warning: username 'acme' is claimed as of 2026-05-04, but Meta accepts"
    + " business username claims only from 2026-06-29 (milestone 'claim-window')"

  func inventory() throws -> URL {
    let folder = try BinaryRunner.temporaryFolder()
    try Data(Self.text.utf8).write(to: folder.appendingPathComponent("inventory.yaml"))
    return folder
  }

  @Test("validate prints the warning at programme.as_of and exits 0; a later --as-of silences it")
  func validate() throws {
    let folder = try inventory()
    let run = try BinaryRunner.run(["validate", "inventory.yaml"], in: folder)
    #expect(run.status == 0)
    #expect(run.stderr.hasPrefix(Self.warning + "\n  hint: check the status"), "\(run.stderr)")
    let later = try BinaryRunner.run(
      ["validate", "inventory.yaml", "--as-of", "2026-06-29"], in: folder)
    #expect(later.status == 0 && later.stderr.isEmpty, "\(later.stderr)")
  }

  @Test("report prints the same warning, with the day from --as-of, and writes the report")
  func report() throws {
    let folder = try inventory()
    let run = try BinaryRunner.run(
      ["report", "inventory.yaml", "--as-of", "2026-06-01", "--out", "out", "--format", "xml"],
      in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    let expected = Self.warning.replacingOccurrences(of: "2026-05-04", with: "2026-06-01")
    #expect(run.stderr.hasPrefix(expected), "\(run.stderr)")
    #expect(
      FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/workbook.xml").path)
    )
  }
}

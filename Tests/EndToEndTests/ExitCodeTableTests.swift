import Foundation
import Testing

@Suite("exit codes: the README's table is the list --help prints")
struct ExitCodeTableTests {
  @Test(
    "the README's exit-code table and --help (built from ExitStatus) give the same codes and meanings"
  )
  func readmeMatchesHelp() throws {
    let help = try BinaryRunner.run(["--help"])
    #expect(help.status == 0, "\(help.stderr)")
    let listed = Self.helpList(help.stdout)
    #expect(listed.count == 9, "\(help.stdout)")
    #expect(try Self.readmeTable() == listed)
  }

  /// `code meaning` for each row of the README's "### Exit codes" table, in order.
  static func readmeTable() throws -> [String] {
    let readme = try String(
      contentsOf: BinaryRunner.root.appendingPathComponent("README.md"), encoding: .utf8)
    let section = readme.components(separatedBy: "### Exit codes").dropFirst().first ?? ""
    let rows = section.split(separator: "\n").drop { !$0.hasPrefix("|") }.prefix {
      $0.hasPrefix("|")
    }
    return rows.compactMap { row in
      let cells = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
      guard cells.count >= 2, Int32(cells[0]) != nil else { return nil }
      return "\(cells[0]) \(cells[1])"
    }
  }

  /// `code meaning` for each entry of `Exit codes: 0 success; 64 usage; ….` in the root help,
  /// with the help's line wrapping undone.
  static func helpList(_ help: String) -> [String] {
    let text = help.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    guard let start = text.range(of: "Exit codes: ") else { return [] }
    return text[start.upperBound...].prefix { $0 != "." }.components(separatedBy: "; ")
  }
}

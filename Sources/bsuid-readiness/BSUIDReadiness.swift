import ArgumentParser
import Foundation

/// The `bsuid-readiness` command: readiness for WhatsApp usernames and BSUIDs.
@main
struct BSUIDReadiness: ParsableCommand {
  static let version = "0.1.0"

  static let configuration = CommandConfiguration(
    commandName: "bsuid-readiness",
    abstract: "Score a business's readiness for WhatsApp usernames and BSUIDs.",
    discussion: """
      Reads an inventory of systems, message flows, usernames and tasks (YAML, JSON or CSV), \
      scores it against the three-phase roadmap and writes an HTML report with a Gantt \
      timeline and an XML workbook.

      Start with `bsuid-readiness init`, then `validate` and `report`.

      Exit codes: \(ExitStatus.summary).
      """,
    version: version,
    subcommands: [
      Init.self, Validate.self, Report.self, SaveBaseline.self, Portfolio.self, Diff.self,
      History.self, Fixtures.self,
      Measure.self, Schema.self, Catalog.self, RegenerateDocs.self,
    ])

  /// ArgumentParser's entry point, except that an error message, which may quote what the user
  /// typed (`--as-of $'\e[2J'`), reaches stderr through the terminal sanitiser like every other.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      let status = exitCode(for: error)
      let message = fullMessage(for: error)
      if status == .success {
        if !message.isEmpty { Console.write(document: message + "\n") }
      } else if !message.isEmpty {
        for line in message.split(separator: "\n", omittingEmptySubsequences: false) {
          Console.error("\(line, limit: 2_000)")
        }
      }
      Foundation.exit(status.rawValue)
    }
  }
}

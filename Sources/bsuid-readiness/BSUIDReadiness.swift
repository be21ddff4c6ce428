import ArgumentParser

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
      Init.self, Validate.self, Report.self, Diff.self, Fixtures.self, Measure.self, Schema.self,
    ])
}

import ArgumentParser
import Foundation
import ReadinessRender
import ReadinessWebhooks

extension BSUIDReadiness {
  /// `measure LOG…`: adoption counted from stored webhook bodies.
  struct Measure: CLICommand {
    static let configuration = CommandConfiguration(
      abstract:
        "Count, from stored webhook bodies, how many users already come without a phone number.",
      discussion: """
        Reads stored webhook bodies: JSON Lines files (one body per line) or folders of .json \
        files, gzip-compressed or not, a chunk at a time so a log of any size needs little \
        memory. Counts, per business phone number and week (Monday, UTC): incoming messages, \
        those without a phone number (no `from`), those from users with a username, and BSUID \
        changes (user_changed_number / user_changed_user_id). Lines that are not a webhook body \
        are counted and skipped.

        Examples:
          bsuid-readiness measure webhooks-2026-09.jsonl.gz webhooks-2026-10.jsonl.gz
          bsuid-readiness measure archive/ --out observed.yaml

        Exit codes: 0 success, 66 a log missing, 73 output cannot be created, 74 I/O error.
        """)

    @Argument(
      help: ArgumentHelp(
        "JSON Lines files or folders of .json files (.gz accepted).", valueName: "log"))
    var logs: [String]

    @Option(help: ArgumentHelp("Write the counts as YAML to this file.", valueName: "file"))
    var out: String?

    func execute() throws(CLIError) {
      var tally = AdoptionTally()
      for log in logs {
        guard FileManager.default.fileExists(atPath: log) else {
          throw CLIError(.inputMissing, "no such log file or folder", at: log)
        }
        do {
          try WebhookLog.read(log) { body in
            if let body { tally.add(body) } else { tally.skipMalformed() }
          }
        } catch {
          throw CLIError(.ioError, "cannot read the log: \(error)", at: log)
        }
      }
      let yaml = ObservedAdoption.yaml(tally)
      if let out {
        let url = URL(fileURLWithPath: out)
        do {
          try AtomicWriter.write(
            [RenderedFile(name: url.lastPathComponent, bytes: Data(yaml.utf8))],
            into: url.deletingLastPathComponent())
        } catch {
          throw CLIError(.cannotCreateOutput, "\(error)")
        }
        Console.out("Wrote \(out)")
      } else {
        Console.write(document: yaml)
      }
    }
  }
}

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
        changes (user_changed_number / user_changed_user_id). Lines that are not a webhook body, \
        or hold a message whose timestamp is missing or outside Monday 2000-01-03 to Sunday \
        2100-12-26, are counted as malformed and skipped.

        Only regular files are read (symbolic links followed): in a folder, anything else (a \
        named pipe, a device, a subfolder, a link loop) is named and skipped, as is a file that \
        cannot be read or a gzip-compressed file inflating past --max-inflated-mib.

        Examples:
          bsuid-readiness measure webhooks-2026-09.jsonl.gz webhooks-2026-10.jsonl.gz
          bsuid-readiness measure archive/ --out observed.yaml

        Exit codes: 0 success (skipped files are warnings), 64 usage, 66 a log named missing or \
        not a regular file or folder, 73 output cannot be created, 74 I/O error.
        """)

    @Argument(
      help: ArgumentHelp(
        "JSON Lines files or folders of .json files (.gz accepted).", valueName: "log"))
    var logs: [String]

    @Option(help: ArgumentHelp("Write the counts as YAML to this file.", valueName: "file"))
    var out: String?

    @Option(
      name: .customLong("max-inflated-mib"),
      help: ArgumentHelp(
        "Largest size a gzip-compressed log may inflate to, in MiB, 1 to 1048576; a file past it is skipped.",
        valueName: "MiB"))
    var maxInflatedMiB = WebhookLog.defaultInflatedMiB

    func validate() throws {
      guard WebhookLog.inflatedMiBRange.contains(maxInflatedMiB) else {
        throw ValidationError("--max-inflated-mib must be 1 to 1048576, not \(maxInflatedMiB)")
      }
    }

    func execute() throws(CLIError) {
      var tally = AdoptionTally()
      var skipped: [ConsoleMessage] = []
      for log in logs {
        var status = stat()
        guard stat(log, &status) == 0 else {
          if errno == ELOOP { throw CLIError(.inputMissing, "a symbolic link loop", at: log) }
          guard errno == ENOENT else {
            throw CLIError(
              .ioError, "cannot read the log: \(String(cString: strerror(errno)))", at: log)
          }
          throw CLIError(.inputMissing, "no such log file or folder", at: log)
        }
        if status.st_mode & S_IFMT == S_IFDIR {
          try count(folder: log, into: &tally, skipped: &skipped)
        } else {
          do {
            tally.merge(try WebhookLog.tally(file: log, wholeFile: false, inflatedLimit: limit))
          } catch {
            switch error {
            case .tooLarge: skipped.append(Self.skip(error, at: log))
            case .notRegularFile(let kind):
              throw CLIError(
                .inputMissing, "it is \(kind), not a regular file or folder", at: log,
                hint: "name JSON Lines files or folders of .json files")
            case .unreadable(let reason):
              throw CLIError(.ioError, "cannot read the log: \(reason)", at: log)
            }
          }
        }
      }
      Console.report(skipped)
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

    /// The bytes a compressed file may inflate to.
    private var limit: Int { maxInflatedMiB << 20 }

    /// Counts every `.json` and `.json.gz` file in `folder`, one body each; a file that cannot
    /// be counted is skipped with a warning naming it.
    private func count(
      folder: String, into tally: inout AdoptionTally, skipped: inout [ConsoleMessage]
    )
      throws(CLIError)
    {
      let names: [String]
      do {
        names = try FileManager.default.contentsOfDirectory(atPath: folder)
          .filter { $0.hasSuffix(".json") || $0.hasSuffix(".json.gz") }.sorted()
      } catch {
        throw CLIError(
          .ioError, "cannot list the folder: \(error.localizedDescription)", at: folder)
      }
      for name in names {
        let path = (folder as NSString).appendingPathComponent(name)
        do {
          tally.merge(try WebhookLog.tally(file: path, wholeFile: true, inflatedLimit: limit))
        } catch {
          skipped.append(Self.skip(error, at: path))
        }
      }
    }

    /// The warning for a file skipped.
    static func skip(_ failure: WebhookLog.Failure, at path: String) -> ConsoleMessage {
      var message: ConsoleMessage
      switch failure {
      case .notRegularFile(let kind):
        message = ConsoleMessage(
          "skipped: it is \(kind), not a regular file", at: path,
          hint: "a log folder holds .json or .json.gz files, one webhook body each")
      case .tooLarge(let bytes):
        message = ConsoleMessage(
          "skipped: it inflates to more than \(bytes >> 20) MiB", at: path,
          hint: "split the log, or raise --max-inflated-mib if the file is genuine")
      case .unreadable(let reason):
        message = ConsoleMessage("skipped: cannot read it: \(reason)", at: path)
      }
      message.severity = .warning
      return message
    }
  }
}

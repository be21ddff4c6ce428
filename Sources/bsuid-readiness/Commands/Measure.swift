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
        Reads stored webhook bodies, gzip-compressed or not, a chunk at a time so a log of any \
        size needs little memory: JSON Lines (one body per line), pretty-printed JSON, arrays \
        of bodies, and folders of .json, .jsonl and .ndjson files. Bodies are found inside the \
        envelopes logs keep them in: a "body" (an object, JSON text or base64) of logging \
        middleware or an API-gateway event; SQS, SNS, EventBridge and Pub/Sub messages; a \
        change object alone; or the dotted --path given. It prints, on stderr, how many values \
        of each shape it recognised. Counts, per business phone number and week (Monday, UTC): incoming messages, \
        those without a phone number (no `from`), those from users with a username, and BSUID \
        changes (user_changed_number / user_changed_user_id). Values that hold no webhook body, \
        or a message whose timestamp is missing or outside Monday 2000-01-03 to Sunday \
        2100-12-26, are counted as malformed and skipped. When more than half are malformed, \
        or no incoming message is counted, nothing is written and it exits 65, naming the \
        first malformed value and what it held.

        Only regular files are read (symbolic links followed): in a folder, anything else (a \
        named pipe, a device, a subfolder, a link loop) is named and skipped, as is a file that \
        cannot be read or a gzip-compressed file inflating past --max-inflated-mib.

        Examples:
          bsuid-readiness measure webhooks-2026-09.jsonl.gz webhooks-2026-10.jsonl.gz
          bsuid-readiness measure archive/ --out observed.yaml
          bsuid-readiness measure requests.jsonl --path payload.webhook

        Exit codes: 0 success (skipped files are warnings), 64 usage, 65 most values malformed \
        or no incoming message counted, 66 a log named missing or not a regular file or folder, \
        73 output cannot be created, 74 I/O error.
        """)

    @Argument(
      help: ArgumentHelp(
        "Log files or folders of .json, .jsonl and .ndjson files (.gz accepted).",
        valueName: "log"))
    var logs: [String]

    @Option(
      help: ArgumentHelp(
        "A dotted path to the body inside each value (payload.webhook; a number indexes an array), for an envelope measure does not know.",
        valueName: "path"))
    var path: String?

    @Option(help: ArgumentHelp("Write the counts as YAML to this file.", valueName: "file"))
    var out: String?

    @Option(
      name: .customLong("max-inflated-mib"),
      help: ArgumentHelp(
        "Largest size a gzip-compressed log may inflate to, in MiB, 1 to 1048576; a file past it is skipped.",
        valueName: "MiB"))
    var maxInflatedMiB = WebhookLog.defaultInflatedMiB

    func validate() throws {
      if let path, bodyPath.contains(where: \.isEmpty) || bodyPath.isEmpty {
        throw ValidationError(
          "--path must be keys separated by '.', such as payload.webhook, not '\(path)'")
      }
      guard WebhookLog.inflatedMiBRange.contains(maxInflatedMiB) else {
        throw ValidationError("--max-inflated-mib must be 1 to 1048576, not \(maxInflatedMiB)")
      }
    }

    /// `--path` as its keys.
    private var bodyPath: [String] {
      path.map { $0.split(separator: ".", omittingEmptySubsequences: false).map(String.init) } ?? []
    }

    func execute() throws(CLIError) {
      var tally = AdoptionTally(path: bodyPath)
      var skipped: [ConsoleMessage] = []
      var firstMalformed: (file: String, line: Int, what: String, path: String?)?
      func merge(_ file: AdoptionTally, from log: String) {
        if firstMalformed == nil, let first = file.firstMalformed {
          firstMalformed = (log, first.line, first.what, first.path)
        }
        tally.merge(file)
      }
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
          try count(folder: log, into: merge, skipped: &skipped)
        } else {
          do {
            merge(
              try WebhookLog.tally(file: log, bodyPath: bodyPath, inflatedLimit: limit), from: log)
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
      let summary = LogSummary(tally)
      for line in summary.lines { Console.error("\(line)") }
      if let problem = summary.problem {
        throw Self.unusable(problem, first: firstMalformed)
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

    /// The bytes a compressed file may inflate to.
    private var limit: Int { maxInflatedMiB << 20 }

    /// The log files a folder may hold.
    static let logExtensions = [".json", ".jsonl", ".ndjson"].flatMap { [$0, $0 + ".gz"] }

    /// Counts every log file in `folder`; a file that cannot be counted is skipped with a
    /// warning naming it.
    private func count(
      folder: String, into merge: (AdoptionTally, String) -> Void, skipped: inout [ConsoleMessage]
    )
      throws(CLIError)
    {
      let names: [String]
      do {
        names = try FileManager.default.contentsOfDirectory(atPath: folder)
          .filter { name in Self.logExtensions.contains { name.hasSuffix($0) } }.sorted()
      } catch {
        throw CLIError(
          .ioError, "cannot list the folder: \(error.localizedDescription)", at: folder)
      }
      for name in names {
        let path = (folder as NSString).appendingPathComponent(name)
        do {
          merge(try WebhookLog.tally(file: path, bodyPath: bodyPath, inflatedLimit: limit), path)
        } catch {
          skipped.append(Self.skip(error, at: path))
        }
      }
    }
  }
}

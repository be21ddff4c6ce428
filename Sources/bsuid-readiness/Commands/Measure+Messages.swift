import ReadinessWebhooks

/// `measure`'s warnings and errors about the logs it reads.
extension BSUIDReadiness.Measure {
  /// The warning for a file skipped.
  static func skip(_ failure: WebhookLog.Failure, at path: String) -> ConsoleMessage {
    var message: ConsoleMessage
    switch failure {
    case .notRegularFile(let kind):
      message = ConsoleMessage(
        "skipped: it is \(kind), not a regular file", at: path,
        hint: "a log folder holds .json, .jsonl or .ndjson files, gzip-compressed or not")
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

  /// Exit 65: the logs cannot give a count, saying why and what the first bad value held.
  static func unusable(
    _ problem: LogSummary.Problem, first: (file: String, line: Int, what: String, path: String?)?
  ) -> CLIError {
    let message =
      problem == .mostlyMalformed
      ? "most values read hold no webhook body Meta sends; nothing was written"
      : "no incoming message was counted; nothing was written"
    guard let first else {
      return CLIError(
        .invalidInventory, message,
        hint:
          "measure needs stored bodies with incoming messages (entry[].changes[].value.messages)")
    }
    let seen = "the first (\(first.file):\(first.line)) is \(first.what)"
    let hint =
      first.path.map { "\(seen); a body is at \($0) in it: pass --path \($0)" }
      ?? "\(seen); pass --path KEY.KEY to the body if another envelope holds it"
    return CLIError(.invalidInventory, message, hint: hint)
  }
}

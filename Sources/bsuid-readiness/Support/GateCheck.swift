import ReadinessCore

/// How a `report` ends once its files are written: a history error (74) or failed gates (1),
/// each gate on its own line naming the programme and the report's folder (what cron mails
/// under `--quiet`); a history error also lists the gates that failed.
enum GateCheck {
  static func finish(
    _ results: [GateResult], programme: String, folder: String, historyError: CLIError?
  ) throws(CLIError) {
    let failed = results.filter(\.failed).map {
      ConsoleMessage(
        "gate failed for \(TerminalText.clean(programme, limit: 72)):"
          + " --\($0.gate.name) \($0.gate.threshold): \($0.message) (report: \(folder))")
    }
    if let historyError {
      throw CLIError(historyError.status, messages: failed + historyError.messages)
    }
    if !failed.isEmpty { throw CLIError(.gateFailed, messages: failed) }
  }
}

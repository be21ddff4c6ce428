import ReadinessCore

/// Why a command stops: its exit status and the messages stderr shows. Thrown wherever the CLI
/// fails; `CLICommand.run` prints it, the only place that does.
struct CLIError: Error {
  let status: ExitStatus
  let messages: [ConsoleMessage]

  /// One error: `location: error: message`, `details` indented beneath, then the hint.
  init(
    _ status: ExitStatus, _ message: String, at location: String? = nil, details: [String] = [],
    hint: String? = nil
  ) {
    self.status = status
    messages = [ConsoleMessage(message, at: location, details: details, hint: hint)]
  }

  /// Several messages with one status, printed in order.
  init(_ status: ExitStatus, messages: [ConsoleMessage]) {
    self.status = status
    self.messages = messages
  }

  /// An inventory that does not load or schedule: every diagnostic, warnings too, in order, in
  /// `language`. Exit 65, or 66 when the only errors are missing files the inventory names: the
  /// observed adoption file (an input to make with `measure`) or a holiday calendar.
  init(invalidInventory diagnostics: [Diagnostic], in language: any MessageLanguage) {
    let errors = diagnostics.filter { $0.severity == .error }
    status =
      !errors.isEmpty && errors.allSatisfy { $0.code == .observedMissing || $0.code == .icsMissing }
      ? .inputMissing : .invalidInventory
    messages = diagnostics.map { ConsoleMessage($0, in: language) }
  }
}

import Foundation
import ReadinessCore

/// Prints diagnostics compiler-style to stderr: `file:line:column: error: message`, then the hint.
enum DiagnosticPrinter {
  static func print(_ diagnostics: [Diagnostic]) {
    for diagnostic in diagnostics { Console.error(format(diagnostic)) }
  }

  /// The text of one diagnostic (no colour: stderr is often a log file).
  static func format(_ d: Diagnostic) -> String {
    var text = ""
    if let location = d.location { text += "\(location): " }
    text += "\(d.severity.rawValue): \(d.message)"
    if let hint = d.hint { text += "\n  hint: \(hint)" }
    return text
  }
}

/// The CLI's only door to stdout and stderr.
enum Console {
  static func out(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
  }

  /// Writes `text` to stdout as it is, without adding a line break.
  static func write(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  static func error(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }

  /// Colour only on a terminal, and never when `NO_COLOR` is set (no-color.org).
  static var useColour: Bool {
    isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
  }
}

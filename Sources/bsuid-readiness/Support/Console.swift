import Foundation
import ReadinessCore

/// The CLI's only door to stdout and stderr. Messages are `TerminalText`, sanitised; only the
/// documents a command outputs (a JSON Schema, the starter inventory) are written as they are.
enum Console {
  /// How many diagnostics are printed before the rest are counted: a broken 10⁶-column CSV
  /// must not print 10⁶ lines.
  static let messageLimit = 200

  static func out(_ text: TerminalText) {
    FileHandle.standardOutput.write(Data((text.text + "\n").utf8))
  }

  /// Writes a generated document to stdout as it is, without adding a line break.
  static func write(document: String) {
    FileHandle.standardOutput.write(Data(document.utf8))
  }

  static func error(_ text: TerminalText) {
    FileHandle.standardError.write(Data((text.text + "\n").utf8))
  }

  /// Prints `messages` to stderr, the first `messageLimit` of them, then how many more there are.
  static func report(_ messages: [ConsoleMessage]) {
    report(messages.prefix(messageLimit), total: messages.count)
  }

  /// Prints `diagnostics` in `language` as `report(_:)` does, writing out only those printed (a
  /// large inventory can have thousands of warnings).
  static func report(_ diagnostics: [Diagnostic], in language: any MessageLanguage) {
    report(
      diagnostics.prefix(messageLimit).map { ConsoleMessage($0, in: language) },
      total: diagnostics.count)
  }

  private static func report(_ shown: some Collection<ConsoleMessage>, total: Int) {
    for message in shown { error(message.rendered) }
    if total > messageLimit {
      error("… and \(total - messageLimit) more (only the first \(messageLimit) are shown)")
    }
  }

  /// Colour only on a terminal, and never when `NO_COLOR` is set (no-color.org).
  static var useColour: Bool {
    isatty(STDOUT_FILENO) == 1
      && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
  }
}

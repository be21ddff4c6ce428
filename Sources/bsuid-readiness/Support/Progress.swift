import Foundation

/// Progress of a long run on stderr: one line rewritten in place on a terminal, a plain line per
/// step otherwise (logs), nothing when quiet. Safe to call from several threads.
final class Progress: @unchecked Sendable {
  enum Style { case terminal, lines, quiet }

  private let style: Style
  private let total: Int
  private var done = 0
  private let lock = NSLock()

  init(total: Int, quiet: Bool) {
    self.total = total
    style = quiet ? .quiet : isatty(STDERR_FILENO) == 1 ? .terminal : .lines
  }

  /// Counts one step, described by `text`.
  func step(_ text: String) {
    lock.lock()
    defer { lock.unlock() }
    done += 1
    switch style {
    case .terminal:
      let width = 30
      let filled = total == 0 ? width : done * width / total
      let bar =
        String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
      let line = "\r[\(bar)] \(done)/\(total) \(TerminalText.clean(text, limit: 40))"
      FileHandle.standardError.write(Data((line + "\u{1B}[K").utf8))
      if done == total { FileHandle.standardError.write(Data("\n".utf8)) }
    case .lines:
      Console.error("\(done)/\(total) \(text)")
    case .quiet:
      break
    }
  }
}

import Foundation
import ReadinessCore

/// Text for the terminal. Its literal parts are the tool's own words; every interpolated value
/// passes through one sanitiser, `clean`: no control characters (an escape sequence in a file
/// name or a risk title could rewrite the screen), no bidirectional controls, and a length
/// limit. `Console` prints nothing else, so no inventory text reaches a terminal unsanitised.
struct TerminalText: ExpressibleByStringInterpolation, Sendable {
  /// How many characters of an interpolated value are shown unless the caller says otherwise.
  static let defaultLimit = 300

  /// The sanitised text, ready to print.
  private(set) var text: String

  init(stringLiteral literal: String) { text = literal }

  init(stringInterpolation: Interpolation) { text = stringInterpolation.text }

  /// `lines` joined by line breaks.
  init(joining lines: [TerminalText]) { text = lines.map(\.text).joined(separator: "\n") }

  /// `text` with controls and bidirectional marks, overrides and isolates replaced by U+FFFD,
  /// cut to `limit` characters (the last one an ellipsis when cut).
  static func clean(_ text: String, limit: Int = defaultLimit) -> String {
    let cleaned = text.withoutTerminalControls.replacingScalars { scalar in
      [0x061C, 0x200E, 0x200F, 0x2028, 0x2029].contains(scalar.value)
    }
    return cleaned.count <= limit ? cleaned : String(cleaned.prefix(limit - 1)) + "…"
  }

  /// `text` padded with spaces to `width` characters, on the left (figures) or the right
  /// (labels), for the summaries' columns.
  static func padded(_ text: String, to width: Int, left: Bool = false) -> String {
    let padding = String(repeating: " ", count: max(0, width - text.count))
    return left ? padding + text : text + padding
  }

  struct Interpolation: StringInterpolationProtocol {
    fileprivate var text = ""

    init(literalCapacity: Int, interpolationCount: Int) {}

    mutating func appendLiteral(_ literal: String) { text += literal }

    /// A value as `clean` makes it, cut to `limit` characters.
    mutating func appendInterpolation(
      _ value: some CustomStringConvertible, limit: Int = defaultLimit
    ) {
      text += TerminalText.clean(value.description, limit: limit)
    }

    /// Text already made safe.
    mutating func appendInterpolation(_ value: TerminalText) { text += value.text }

    /// A word in an SGR colour (`"1;32"`), or plain when `code` is nil.
    mutating func appendInterpolation(_ word: String, colour code: String?) {
      let clean = TerminalText.clean(word)
      text += code.map { "\u{1B}[\($0)m\(clean)\u{1B}[0m" } ?? clean
    }
  }
}

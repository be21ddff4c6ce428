import Foundation

/// Makes inventory text safe to print on a terminal: no control characters (an escape sequence
/// in a risk title could rewrite the screen), no bidirectional overrides, and a length limit.
enum TerminalText {
  /// `text` with controls and bidirectional overrides replaced by U+FFFD, cut to `limit`
  /// characters (the last one an ellipsis when cut).
  static func clean(_ text: String, limit: Int) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      let isControl = scalar.properties.generalCategory == .control
      let isBidiControl =
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
      scalars.append(isControl || isBidiControl ? "\u{FFFD}" : scalar)
    }
    let cleaned = String(scalars)
    return cleaned.count <= limit ? cleaned : String(cleaned.prefix(limit - 1)) + "…"
  }
}

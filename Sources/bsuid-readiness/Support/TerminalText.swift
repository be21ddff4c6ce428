import Foundation
import ReadinessCore

/// Makes inventory text safe to print on a terminal: no control characters (an escape sequence
/// in a risk title could rewrite the screen), no bidirectional overrides, and a length limit.
enum TerminalText {
  /// `text` with controls and bidirectional overrides replaced by U+FFFD, cut to `limit`
  /// characters (the last one an ellipsis when cut).
  static func clean(_ text: String, limit: Int) -> String {
    let cleaned = text.withoutTerminalControls
    return cleaned.count <= limit ? cleaned : String(cleaned.prefix(limit - 1)) + "…"
  }
}

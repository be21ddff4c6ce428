import Foundation

/// Text as an iCalendar TEXT value may hold it: besides what XML forbids, a carriage return and
/// DEL are control characters there, so they become U+FFFD; a CRLF becomes the line break that
/// libical writes as `\n`.
enum ICSText {
  static func clean(_ text: String) -> String {
    // Foundation's CRLF search is costly, and its Character rules (a combining mark after a
    // CRLF keeps it whole) worth keeping exactly, so it runs only when there is a CR at all.
    let unfolded =
      text.containsUTF8(where: { $0 == UInt8(ascii: "\r") })
      ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
    return unfolded.replacingScalars {
      !XMLText.isAllowed($0) || $0 == "\r" || $0 == "\u{7F}"
    }
  }
}

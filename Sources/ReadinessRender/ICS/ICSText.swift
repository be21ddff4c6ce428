/// Text as an iCalendar TEXT value may hold it: besides what XML forbids, a carriage return and
/// DEL are control characters there, so they become U+FFFD; a CRLF becomes the line break that
/// libical writes as `\n`.
enum ICSText {
  static func clean(_ text: String) -> String {
    text.replacingOccurrences(of: "\r\n", with: "\n").replacingScalars {
      !XMLText.isAllowed($0) || $0 == "\r" || $0 == "\u{7F}"
    }
  }
}

/// The component structure of an iCalendar text, read line by line before libical parses it:
/// the text must open with `BEGIN:VCALENDAR`, and may nest components only
/// `ICSCalendar.maximumDepth` deep (libical frees components recursively). It gives the line of
/// each VEVENT of a calendar, in order, as libical keeps no positions.
struct ICSOutline {
  /// Why a text is not a calendar to read, and at which line (from 1).
  enum Problem: Error {
    case notCalendar(line: Int)
    case tooDeep(line: Int)
  }

  /// The line of every `BEGIN:VEVENT` directly inside a VCALENDAR, in file order.
  var eventLines: [Int] = []

  /// The outline of `text`; throws when it is no calendar or nests too deep.
  init(_ text: String) throws(Problem) {
    var depth = 0
    var sawCalendar = false
    var number = 0
    // "\r\n" is one Character.
    for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      number += 1
      // A folded line continues the previous one; an empty line holds nothing.
      guard let first = line.first, first != " ", first != "\t" else { continue }
      let upper = line.prefix(16).uppercased()
      if upper.hasPrefix("BEGIN:") {
        let name = upper.dropFirst(6)
        guard depth > 0 || name == "VCALENDAR" else { throw .notCalendar(line: number) }
        depth += 1
        guard depth <= ICSCalendar.maximumDepth else { throw .tooDeep(line: number) }
        sawCalendar = true
        if name == "VEVENT", depth == 2 { eventLines.append(number) }
      } else if upper.hasPrefix("END:") {
        depth = max(depth - 1, 0)
      } else if !sawCalendar {
        throw .notCalendar(line: number)
      }
    }
    guard sawCalendar else { throw .notCalendar(line: 1) }
  }
}

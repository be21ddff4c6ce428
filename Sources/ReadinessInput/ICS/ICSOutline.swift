import Foundation

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
  private(set) var eventLines: [Int] = []
  private var depth = 0
  private var sawCalendar = false

  /// The outline of `text`; throws when it is no calendar or nests too deep. Lines end at LF
  /// (CRLF included); they are read as bytes with the C library (memchr, strncasecmp), as
  /// only the ASCII names of components matter and a file may hold a few hundred thousand.
  init(_ text: String) throws(Problem) {
    var outline = ICSOutline()
    var copy = text
    let problem = copy.withUTF8 { bytes -> Problem? in
      guard let base = bytes.baseAddress else { return nil }
      var (start, number) = (0, 0)
      while start < bytes.count {
        let rest = base + start
        let newline = memchr(rest, 0x0A, bytes.count - start)
        let length =
          newline.map { UnsafeRawPointer($0) - UnsafeRawPointer(rest) } ?? bytes.count - start
        number += 1
        if let problem = outline.follow(rest, length: length, number: number) { return problem }
        start += length + 1
      }
      return nil
    }
    if let problem { throw problem }
    guard outline.sawCalendar else { throw .notCalendar(line: 1) }
    self = outline
  }

  private init() {}

  /// Follows the line of `length` bytes at `line`: `BEGIN:` and `END:` change the depth; any
  /// other line before the first `BEGIN:VCALENDAR` but an empty or folded one makes the text
  /// no calendar.
  private mutating func follow(_ line: UnsafePointer<UInt8>, length: Int, number: Int) -> Problem? {
    var length = length
    if length > 0, line[length - 1] == UInt8(ascii: "\r") { length -= 1 }
    guard length > 0, line[0] != UInt8(ascii: " "), line[0] != UInt8(ascii: "\t") else {
      return nil
    }
    func `is`(_ word: String, at offset: Int = 0, whole: Bool = false) -> Bool {
      let count = word.utf8.count
      guard offset + count <= length, !whole || offset + count == length else { return false }
      return line.withMemoryRebound(to: CChar.self, capacity: length) {
        strncasecmp($0 + offset, word, count) == 0
      }
    }
    if `is`("BEGIN:") {
      guard depth > 0 || `is`("VCALENDAR", at: 6, whole: true) else {
        return .notCalendar(line: number)
      }
      depth += 1
      guard depth <= ICSCalendar.maximumDepth else { return .tooDeep(line: number) }
      sawCalendar = true
      if depth == 2, `is`("VEVENT", at: 6, whole: true) { eventLines.append(number) }
    } else if `is`("END:") {
      depth = max(depth - 1, 0)
    } else if !sawCalendar {
      return .notCalendar(line: number)
    }
    return nil
  }
}

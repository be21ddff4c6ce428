import Foundation

/// Cuts a stream of chunks into lines: each complete line is passed on, or nil for one past
/// `WebhookLog.maximumLine`, which is never held whole.
struct LineSplitter {
  private var line = Data()
  private var tooLong = false

  mutating func split(_ chunk: Data, _ each: (Data?) -> Void) {
    var start = chunk.startIndex
    while let end = chunk[start...].firstIndex(of: 0x0A) {
      if !tooLong, line.count + (end - start) <= WebhookLog.maximumLine {
        line.append(chunk[start..<end])
      } else {
        tooLong = true
      }
      each(tooLong ? nil : line)
      line.removeAll(keepingCapacity: true)
      tooLong = false
      start = end + 1
    }
    if line.count + (chunk.endIndex - start) > WebhookLog.maximumLine {
      tooLong = true
    } else if !tooLong {
      line.append(chunk[start...])
    }
  }

  /// The last line, when the stream does not end with a line break.
  func finish(_ each: (Data?) -> Void) {
    if tooLong || !line.isEmpty { each(tooLong ? nil : line) }
  }
}

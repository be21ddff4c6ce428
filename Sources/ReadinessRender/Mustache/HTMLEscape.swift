/// HTML escaping byte by byte, straight into the page's buffer: the five characters
/// swift-mustache escapes (`<`, `>`, `&`, `"`, `'`), each replaced wherever its byte appears.
///
/// swift-mustache escapes by `Character`, so a quote followed by a combining mark (one
/// grapheme, `'\u{301}`) matches no entry and stays raw inside an attribute; bytes have no
/// such blind spot.
enum HTMLEscape {
  /// Appends `text` to `buffer`, escaped.
  static func append(_ text: String, to buffer: inout [UInt8]) {
    var text = text
    text.withUTF8 { bytes in append(bytes, to: &buffer) }
  }

  static func append(_ bytes: UnsafeBufferPointer<UInt8>, to buffer: inout [UInt8]) {
    var runStart = 0
    for index in bytes.indices {
      let replacement: StaticString
      switch bytes[index] {
      case UInt8(ascii: "<"): replacement = "&lt;"
      case UInt8(ascii: ">"): replacement = "&gt;"
      case UInt8(ascii: "&"): replacement = "&amp;"
      case UInt8(ascii: "\""): replacement = "&quot;"
      case UInt8(ascii: "'"): replacement = "&#39;"
      default: continue
      }
      buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
      buffer.append(
        contentsOf: UnsafeBufferPointer(
          start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
      runStart = index + 1
    }
    buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
  }
}

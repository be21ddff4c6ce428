import ReadinessCore

extension JSONSource {
  /// Reads a double-quoted string at the current position, decoding escapes (RFC 8259 §7).
  mutating func string() throws(Failure) -> String {
    advance()
    if let plain = plainString() { return plain }
    var scalars = String.UnicodeScalarView()
    var pending: [UInt8] = []
    func flush() {
      scalars.append(contentsOf: String(decoding: pending, as: UTF8.self).unicodeScalars)
      pending.removeAll()
    }
    while true {
      guard let byte = current else { throw fail("unterminated string") }
      switch byte {
      case UInt8(ascii: "\""):
        advance()
        flush()
        return String(scalars)
      case UInt8(ascii: "\\"):
        flush()
        advance()
        scalars.append(try escape())
      case 0x00..<0x20:
        throw fail("control character in a string (write it as an escape such as \\n)")
      default:
        pending.append(byte)
        advance()
      }
    }
  }

  /// The fast path for a string with no escapes and no control characters (nearly every
  /// string in an inventory): its bytes up to the closing quote, decoded once. Nil, with the
  /// position unchanged, for any other string, which the escape-decoding loop then reads.
  private mutating func plainString() -> String? {
    var end = index
    var characters = 0
    while end < bytes.count {
      let byte = bytes[end]
      if byte == UInt8(ascii: "\\") || byte < 0x20 { return nil }
      if byte == UInt8(ascii: "\"") {
        let text = String(decoding: bytes[index..<end], as: UTF8.self)
        index = end + 1
        column += characters + 1
        return text
      }
      if byte & 0xC0 != 0x80 { characters += 1 }
      end += 1
    }
    return nil
  }

  private mutating func escape() throws(Failure) -> Unicode.Scalar {
    guard let byte = current else { throw fail("unterminated string") }
    advance()
    switch byte {
    case UInt8(ascii: "\""): return "\""
    case UInt8(ascii: "\\"): return "\\"
    case UInt8(ascii: "/"): return "/"
    case UInt8(ascii: "b"): return "\u{08}"
    case UInt8(ascii: "f"): return "\u{0C}"
    case UInt8(ascii: "n"): return "\n"
    case UInt8(ascii: "r"): return "\r"
    case UInt8(ascii: "t"): return "\t"
    case UInt8(ascii: "u"):
      let high = try hex4()
      if (0xD800..<0xDC00).contains(high) {
        guard current == UInt8(ascii: "\\") else { return "\u{FFFD}" }
        advance()
        guard current == UInt8(ascii: "u") else { throw fail("invalid escape after a surrogate") }
        advance()
        let low = try hex4()
        guard (0xDC00..<0xE000).contains(low) else { return "\u{FFFD}" }
        return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)) ?? "\u{FFFD}"
      }
      return Unicode.Scalar(high) ?? "\u{FFFD}"
    default:
      throw fail("invalid escape '\\\(String(decoding: [byte], as: UTF8.self))' in a string")
    }
  }

  private mutating func hex4() throws(Failure) -> UInt32 {
    var result: UInt32 = 0
    for _ in 0..<4 {
      guard let byte = current, let digit = hexValue(byte) else {
        throw fail("expected four hexadecimal digits after \\u")
      }
      result = result * 16 + digit
      advance()
    }
    return result
  }

  private func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
    default: nil
    }
  }
}

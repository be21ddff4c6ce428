/// Makes text safe for XML 1.0, whose `Char` production forbids most control characters.
///
/// libxml2's writer copies forbidden characters through unescaped (and `&#1;` would be just as
/// illegal), so the document would be ill-formed. Each forbidden character is replaced with
/// U+FFFD REPLACEMENT CHARACTER, so the reader sees that something was there.
public enum XMLText {
  /// `text` with every character outside XML 1.0's `Char` replaced by U+FFFD: C0 controls
  /// other than tab, line feed and carriage return, and U+FFFE/U+FFFF. A Swift `String`
  /// cannot hold a lone surrogate (decoding already turned one into U+FFFD), so surrogates
  /// need no handling here.
  public static func safe(_ text: String) -> String {
    guard text.containsUTF8(where: mayBeForbidden) else { return text }
    return text.replacingScalars { !isAllowed($0) }
  }

  /// True for a UTF-8 byte that may belong to a forbidden character: a C0 control byte, or
  /// 0xEF, the lead byte of U+F000–U+FFFF (U+FFFE and U+FFFF among them). Most text has
  /// neither, and is checked in one pass over its bytes instead of decoding every scalar.
  private static func mayBeForbidden(_ byte: UInt8) -> Bool { byte < 0x20 || byte == 0xEF }

  /// True when XML 1.0 allows `scalar`: `#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD]
  /// | [#x10000-#x10FFFF]`.
  public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x9, 0xA, 0xD: true
    case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
    default: false
    }
  }
}

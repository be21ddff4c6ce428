import ReadinessRender

/// Text as a workbook cell may hold it: the sheets are XML 1.0, which forbids most control
/// characters, and Excel caps a cell at 32,767 characters.
enum XLSXText {
  static let maximumLength = 32_767

  /// `text` with characters XML forbids replaced by U+FFFD (as in workbook.xml), cut to the
  /// cell limit with `…`. Tabs and line breaks stay.
  static func cell(_ text: String) -> String {
    let clean = escapingHexCodes(XMLText.safe(text))
    // A character is never more UTF-16 units than UTF-8 bytes, and the byte count is at hand.
    guard clean.utf8.count > maximumLength, clean.utf16.count > maximumLength else { return clean }
    var cut = ""
    for character in clean {
      if cut.utf16.count + character.utf16.count > maximumLength - 1 { break }
      cut.append(character)
    }
    return cut + "…"
  }

  /// Spreadsheet readers decode `_xHHHH_` in a cell as the character U+HHHH, so a literal one
  /// has its `_` written as `_x005F_` (the OOXML escape), and `_x0041_` stays `_x0041_`.
  /// A scan over the UTF-8 bytes: it runs for every cell, and most cells have no `_` at all.
  static func escapingHexCodes(_ text: String) -> String {
    guard text.containsUTF8(where: { $0 == UInt8(ascii: "_") }) else { return text }
    let bytes = Array(text.utf8)
    var out: [UInt8] = []
    var copied = 0
    var index = 0
    while index < bytes.count {
      guard bytes[index] == UInt8(ascii: "_"), isHexCode(bytes, after: index) else {
        index += 1
        continue
      }
      out.append(contentsOf: bytes[copied..<index])
      out.append(contentsOf: "_x005F_".utf8)
      out.append(contentsOf: bytes[(index + 1)...(index + 6)])
      index += 7
      copied = index
    }
    guard copied > 0 else { return text }
    out.append(contentsOf: bytes[copied...])
    return String(decoding: out, as: UTF8.self)
  }

  /// True when `x`, four hex digits and `_` follow the `_` at `index`.
  private static func isHexCode(_ bytes: [UInt8], after index: Int) -> Bool {
    guard index + 6 < bytes.count, bytes[index + 1] == UInt8(ascii: "x"),
      bytes[index + 6] == UInt8(ascii: "_")
    else { return false }
    return bytes[(index + 2)...(index + 5)].allSatisfy { byte in
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"),
        UInt8(ascii: "A")...UInt8(ascii: "F"):
        true
      default: false
      }
    }
  }
}

import ReadinessRender

/// Text as a workbook cell may hold it: the sheets are XML 1.0, which forbids most control
/// characters, and Excel caps a cell at 32,767 characters.
enum XLSXText {
  static let maximumLength = 32_767

  /// `text` with characters XML forbids replaced by U+FFFD (as in workbook.xml), cut to the
  /// cell limit with `…`. Tabs and line breaks stay.
  static func cell(_ text: String) -> String {
    let clean = escapingHexCodes(XMLText.safe(text))
    guard clean.utf16.count > maximumLength else { return clean }
    var cut = ""
    for character in clean {
      if cut.utf16.count + character.utf16.count > maximumLength - 1 { break }
      cut.append(character)
    }
    return cut + "…"
  }

  /// Spreadsheet readers decode `_xHHHH_` in a cell as the character U+HHHH, so a literal one
  /// has its `_` written as `_x005F_` (the OOXML escape), and `_x0041_` stays `_x0041_`.
  static func escapingHexCodes(_ text: String) -> String {
    text.replacing(/_(x[0-9A-Fa-f]{4}_)/) { "_x005F_" + $0.output.1 }
  }
}

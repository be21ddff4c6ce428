import ReadinessRender

/// Text as a workbook cell may hold it: the sheets are XML 1.0, which forbids most control
/// characters, and Excel caps a cell at 32,767 characters.
enum XLSXText {
  static let maximumLength = 32_767

  /// `text` with characters XML forbids replaced by U+FFFD (as in workbook.xml), cut to the
  /// cell limit with `…`. Tabs and line breaks stay.
  static func cell(_ text: String) -> String {
    let clean = XMLText.safe(text)
    guard clean.utf16.count > maximumLength else { return clean }
    var cut = ""
    for character in clean {
      if cut.utf16.count + character.utf16.count > maximumLength - 1 { break }
      cut.append(character)
    }
    return cut + "…"
  }
}

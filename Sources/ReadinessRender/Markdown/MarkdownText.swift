/// Inventory text made safe for Markdown (CommonMark and GitHub's tables): it can neither open
/// links, emphasis, code or HTML, nor end a table cell or a line.
enum MarkdownText {
  /// The punctuation that starts inline syntax, or ends a table cell, backslash-escaped.
  static let escaped: Set<Character> = [
    "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "!",
  ]

  /// `text` with `escaped` characters backslash-escaped, every line break (and tab) a space and
  /// the code points Markdown viewers refuse (controls, noncharacters) replaced by U+FFFD.
  static func escape(_ text: String) -> String {
    let clean = HTMLText.clean(text)
    guard clean.containsUTF8(where: mayNeedEscaping) else { return clean }
    var out = ""
    for character in clean {
      if character.isNewline || character == "\t" {
        out.append(" ")
        continue
      }
      if escaped.contains(character) { out.append("\\") }
      out.append(character)
    }
    return out
  }

  /// True for a UTF-8 byte that may begin something `escape` changes: an `escaped` character,
  /// a tab or line break, or 0xE2, the lead byte of U+2028 and U+2029 (line and paragraph
  /// separators). Most text has none, and comes back without a walk through its Characters.
  private static func mayNeedEscaping(_ byte: UInt8) -> Bool { escapeStarts[Int(byte)] }

  /// `mayNeedEscaping` for each byte value, made from `escaped` so the two cannot disagree.
  private static let escapeStarts: [Bool] = (0...255).map { byte in
    [0x09, 0x0A, 0x0D, 0xE2].contains(byte)
      || escaped.contains { $0.asciiValue.map(Int.init) == byte }
  }

  /// `escape(text)`, or `fallback` when `text` is nil or empty.
  static func escape(_ text: String?, or fallback: String) -> String {
    guard let text, !text.isEmpty else { return fallback }
    return escape(text)
  }

  /// A table row from its cells, each already escaped.
  static func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }
}

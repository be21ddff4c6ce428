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
    var out = ""
    for character in HTMLText.clean(text) {
      if character.isNewline || character == "\t" {
        out.append(" ")
        continue
      }
      if escaped.contains(character) { out.append("\\") }
      out.append(character)
    }
    return out
  }

  /// `escape(text)`, or `fallback` when `text` is nil or empty.
  static func escape(_ text: String?, or fallback: String) -> String {
    guard let text, !text.isEmpty else { return fallback }
    return escape(text)
  }

  /// A table row from its cells, each already escaped.
  static func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }
}

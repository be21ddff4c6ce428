/// Inventory text made safe for Markdown (CommonMark and GitHub's tables): it can neither open
/// links, emphasis, code or HTML, nor end a table cell or a line, nor start a heading, quote or
/// list, and GitHub-flavoured Markdown does not turn its URLs, `www.` names, e-mail addresses
/// or `@mentions` into links.
enum MarkdownText {
  /// The punctuation that starts inline syntax, or ends a table cell, backslash-escaped.
  static let escaped: Set<Character> = [
    "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "!",
  ]

  /// The characters that start a block (heading, list, setext underline) at the start of a line.
  static let blockStarts: Set<Character> = ["#", "-", "+", "="]

  /// `text` with `escaped` characters backslash-escaped, every line break (and tab) a space, and
  /// the code points Markdown viewers refuse (controls, noncharacters) replaced by U+FFFD. At
  /// its start (without leading spaces) a block marker is escaped (`\#`, `1\.`); an autolink
  /// is broken where GitHub would find it: `http\://`, `www\.`, and a word joiner (U+2060,
  /// invisible) after the `@` of an address (`a@\u{2060}b.com`), which no escape can stop
  /// GitHub from reading as one. A handle (`@name` after a space) is left as it is.
  static func escape(_ text: String) -> String {
    let clean = HTMLText.clean(text)
    guard clean.containsUTF8(where: mayNeedEscaping) || mayStartBlock(clean) else { return clean }
    let characters = Array(clean.drop { $0 == " " || $0 == "\t" || $0.isNewline })
    var out = ""
    for (index, character) in characters.enumerated() {
      if character.isNewline || character == "\t" {
        out.append(" ")
        continue
      }
      if escaped.contains(character) || breaksAutolink(characters, at: index)
        || marksBlock(characters, at: index)
      {
        out.append("\\")
      }
      out.append(character)
      if character == "@", index > 0, characters[index - 1].isAddressCharacter {
        out.append("\u{2060}")
      }
    }
    return out
  }

  /// Whether `character[index]` is the `:` of `://` or the `.` of `www.`.
  private static func breaksAutolink(_ characters: [Character], at index: Int) -> Bool {
    switch characters[index] {
    case ":": characters[(index + 1)...].prefix(2).elementsEqual("//")
    case ".": index >= 3 && String(characters[(index - 3)..<index]).lowercased() == "www"
    default: false
    }
  }

  /// Whether `characters[index]` makes the text start a block: a leading `#`, `-`, `+`, `=`,
  /// or the `.` or `)` after 1 to 9 leading digits and before a space (an ordered list item).
  private static func marksBlock(_ characters: [Character], at index: Int) -> Bool {
    if index == 0 { return blockStarts.contains(characters[0]) }
    guard characters[index] == "." || characters[index] == ")", index <= 9,
      index + 1 == characters.count || characters[index + 1] == " "
    else { return false }
    return characters[..<index].allSatisfy(\.isASCIIDigit)
  }

  /// Whether `text` may start a block: its first byte after spaces is a `blockStarts` character
  /// or a digit, or it starts with a space.
  private static func mayStartBlock(_ text: String) -> Bool {
    guard let first = text.utf8.first else { return false }
    return first == UInt8(ascii: " ") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
      || blockStarts.contains { $0.asciiValue == first }
      || text.utf8.count >= 4 && text.lowercased().contains("www.")
  }

  /// True for a UTF-8 byte that may begin something `escape` changes: an `escaped` character,
  /// `@` or `:`, a tab or line break, or 0xE2, the lead byte of U+2028 and U+2029 (line and
  /// paragraph separators). Most text has none, and comes back without a walk through its
  /// Characters.
  private static func mayNeedEscaping(_ byte: UInt8) -> Bool { escapeStarts[Int(byte)] }

  /// `mayNeedEscaping` for each byte value, made from `escaped` so the two cannot disagree.
  private static let escapeStarts: [Bool] = (0...255).map { byte in
    [0x09, 0x0A, 0x0D, 0xE2, Int(UInt8(ascii: "@")), Int(UInt8(ascii: ":"))].contains(byte)
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

extension Character {
  fileprivate var isASCIIDigit: Bool { isASCII && isWholeNumber }
  /// A character an e-mail address's local part may end with, for GitHub's autolinker.
  fileprivate var isAddressCharacter: Bool {
    isASCII && (isLetter || isNumber || ".+-_".contains(self))
  }
}

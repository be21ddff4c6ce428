/// Patterns with `{name}` placeholders: filling them and listing their names. A brace that
/// does not open a placeholder (`{` followed by anything but a name and `}`) is text. Patterns
/// are scanned as UTF-8 (the braces and names are ASCII) and inserted text is never re-read.
public enum MessagePattern {
  /// `pattern` with each `{name}` replaced by `value(name)`; a name with no value stays as
  /// written.
  public static func fill(_ pattern: String, _ value: (Substring) -> String?) -> String {
    let utf8 = pattern.utf8
    guard var open = utf8.firstIndex(of: UInt8(ascii: "{")) else { return pattern }
    var out = ""
    var copied = utf8.startIndex
    while true {
      let nameStart = utf8.index(after: open)
      var end = nameStart
      while end < utf8.endIndex, isNameByte(utf8[end]) { end = utf8.index(after: end) }
      var next = nameStart
      if end > nameStart, end < utf8.endIndex, utf8[end] == UInt8(ascii: "}"),
        let text = value(pattern[nameStart..<end])
      {
        out += pattern[copied..<open]
        out += text
        copied = utf8.index(after: end)
        next = copied
      }
      guard let found = utf8[next...].firstIndex(of: UInt8(ascii: "{")) else { break }
      open = found
    }
    out += pattern[copied...]
    return out
  }

  /// The placeholder names of `pattern`, in order of first use, each once.
  public static func names(_ pattern: String) -> [String] {
    var names: [String] = []
    _ = fill(pattern) { name in
      if !names.contains(where: { $0 == name }) { names.append(String(name)) }
      return ""
    }
    return names
  }

  private static func isNameByte(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
      || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
      || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }
}

/// Titles quoted inside a sentence: the quotation marks `marks` of their own dropped (an
/// apostrophe inside a word stays) and cut before `limit` characters, at a space when one is
/// near, with `…`.
public enum MessageQuoting {
  /// The marks English drops: single quotes, straight and curly.
  public static let single: Set<Character> = ["'", "‘", "’"]

  public static func plain(_ title: String, limit: Int, marks: Set<Character>) -> String {
    let characters = Array(title)
    var plain = ""
    for (i, character) in characters.enumerated() {
      if marks.contains(character) {
        let inWord =
          i > 0 && i < characters.count - 1 && characters[i - 1].isLetter
          && characters[i + 1].isLetter
        if !inWord { continue }
      }
      plain.append(character)
    }
    guard plain.count > limit else { return plain }
    // Cut at the last space that keeps at least half the limit, so no word is cut in two.
    var cut = plain.prefix(limit - 1)
    if let space = cut.lastIndex(of: " "),
      cut.distance(from: cut.startIndex, to: space) >= limit / 2
    {
      cut = cut[..<space]
    }
    return cut + "…"
  }
}

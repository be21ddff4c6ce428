/// Patterns with `{name}` placeholders: filling them and listing their names. A brace that
/// does not open a placeholder (`{` followed by anything but a name and `}`) is text.
public enum MessagePattern {
  /// `pattern` with each `{name}` replaced by `value(name)`; a name with no value stays as
  /// written.
  public static func fill(_ pattern: String, _ value: (String) -> String?) -> String {
    guard pattern.utf8.contains(UInt8(ascii: "{")) else { return pattern }
    var out = ""
    var rest = Substring(pattern)
    while let open = rest.firstIndex(of: "{") {
      out += rest[..<open]
      let after = rest[rest.index(after: open)...]
      if let close = after.firstIndex(of: "}"), isName(after[..<close]),
        let text = value(String(after[..<close]))
      {
        out += text
        rest = after[after.index(after: close)...]
      } else {
        out += "{"
        rest = after
      }
    }
    return out + rest
  }

  /// The placeholder names of `pattern`, in order of first use, each once.
  public static func names(_ pattern: String) -> [String] {
    var names: [String] = []
    _ = fill(pattern) { name in
      if !names.contains(name) { names.append(name) }
      return ""
    }
    return names
  }

  private static func isName(_ text: Substring) -> Bool {
    !text.isEmpty && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
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

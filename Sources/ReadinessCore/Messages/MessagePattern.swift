/// Patterns with `{name}` placeholders: filling them and listing their names. A brace that
/// does not open a placeholder (`{` followed by anything but a name and `}`) is text. Patterns
/// are scanned as UTF-8 (the braces and names are ASCII) and inserted text is never re-read.
public enum MessagePattern {
  /// `pattern` with each `{name}` replaced by `value(name)`; a name with no value stays as
  /// written. The pattern is read as bytes and the text written as bytes, decoded once: a
  /// report fills hundreds of thousands of patterns.
  public static func fill(_ pattern: String, _ value: (String) -> String?) -> String {
    var pattern = pattern
    let filled = pattern.withUTF8 { bytes -> String? in
      guard var i = bytes.firstIndex(of: openBrace) else { return nil }
      var out: [UInt8] = []
      out.reserveCapacity(bytes.count + 64)
      var copied = 0
      while i < bytes.count {
        guard bytes[i] == openBrace else {
          i += 1
          continue
        }
        var end = i + 1
        while end < bytes.count, isNameByte(bytes[end]) { end += 1 }
        guard end > i + 1, end < bytes.count, bytes[end] == closeBrace,
          let text = value(
            String(decoding: UnsafeBufferPointer(rebasing: bytes[(i + 1)..<end]), as: UTF8.self))
        else {
          i += 1
          continue
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<i]))
        out.append(contentsOf: text.utf8)
        copied = end + 1
        i = copied
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
      return String(decoding: out, as: UTF8.self)
    }
    return filled ?? pattern
  }

  private static let openBrace = UInt8(ascii: "{")
  private static let closeBrace = UInt8(ascii: "}")

  /// The placeholder names of `pattern`, in order of first use, each once.
  public static func names(_ pattern: String) -> [String] {
    var names: [String] = []
    _ = fill(pattern) { name in
      if !names.contains(name) { names.append(name) }
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

extension String {
  /// The text with every `old` ASCII character written as `new`. It works on the UTF-8 bytes
  /// (an ASCII byte never occurs inside a multi-byte character), so it costs one pass, where
  /// Foundation's `replacingOccurrences` bridges through NSString. Unlike that, it also replaces
  /// an `old` that a combining mark follows: meant for identifiers and vocabulary, not prose.
  public func replacingASCII(_ old: Unicode.Scalar, with new: Unicode.Scalar) -> String {
    precondition(old.isASCII && new.isASCII, "replacingASCII takes ASCII characters only")
    let (from, to) = (UInt8(old.value), UInt8(new.value))
    guard containsUTF8(where: { $0 == from }) else { return self }
    return String(decoding: utf8.map { $0 == from ? to : $0 }, as: UTF8.self)
  }

  /// A vocabulary value for people: `not_started` → `not started`.
  public var underscoresAsSpaces: String { replacingASCII("_", with: " ") }
}

extension String {
  /// True when one of the text's UTF-8 bytes satisfies `isMatch`: a tight loop over the bytes
  /// in place, several times faster than stepping through `utf8`, for the scans that decide
  /// whether a text needs any escaping at all. Inlinable, so `isMatch` is inlined too.
  @inlinable public func containsUTF8(where isMatch: (UInt8) -> Bool) -> Bool {
    utf8.withContiguousStorageIfAvailable { $0.contains(where: isMatch) }
      ?? utf8.contains(where: isMatch)
  }
}

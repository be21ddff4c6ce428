extension String {
  /// The text with every scalar for which `isUnwanted` holds replaced by U+FFFD REPLACEMENT
  /// CHARACTER, so a reader sees that something was there (XML, HTML and terminal output each
  /// pass their own rule).
  public func replacingScalars(where isUnwanted: (Unicode.Scalar) -> Bool) -> String {
    guard unicodeScalars.contains(where: isUnwanted) else { return self }
    return String(String.UnicodeScalarView(unicodeScalars.map { isUnwanted($0) ? "\u{FFFD}" : $0 }))
  }

  /// The text with control characters and bidirectional overrides or isolates replaced, so it
  /// can neither drive a terminal (escape sequences) nor reorder the text around it.
  public var withoutTerminalControls: String {
    replacingScalars { s in
      if s.isASCII { return s.value < 0x20 || s.value == 0x7F }
      return s.properties.generalCategory == .control || (0x202A...0x202E).contains(s.value)
        || (0x2066...0x2069).contains(s.value)
    }
  }
}

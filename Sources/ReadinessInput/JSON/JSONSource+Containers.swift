import ReadinessCore

extension JSONSource {
  /// Runs `body` one nesting level deeper, failing beyond `maximumDepth`.
  mutating func nested(
    _ body: (inout JSONSource) throws(Failure) -> SourceNode
  ) throws(Failure) -> SourceNode {
    depth += 1
    defer { depth -= 1 }
    if depth > Self.maximumDepth { throw fail("nested more than \(Self.maximumDepth) levels deep") }
    return try body(&self)
  }

  /// Reads an object at `{`, reporting a repeated key and keeping its first value.
  mutating func object(_ start: SourceLocation) throws(Failure) -> SourceNode {
    advance()
    var entries: [SourceNode.Entry] = []
    var seen: [String: SourceLocation] = [:]
    skipWhitespace()
    if current == UInt8(ascii: "}") {
      advance()
      return SourceNode(.mapping([]), at: start)
    }
    while true {
      skipWhitespace()
      let keyLocation = here
      guard current == UInt8(ascii: "\"") else { throw fail("expected a key in double quotes") }
      let key = try string()
      skipWhitespace()
      guard current == UInt8(ascii: ":") else { throw fail("expected ':' after the key") }
      advance()
      skipWhitespace()
      let item = try value()
      if let first = seen[key] {
        duplicates.append(
          Diagnostic(
            .error, code: .duplicateKey,
            Message(SourceMessages.jsonDuplicate, ["key": .text(key.clipped)]), at: keyLocation,
            hint: Message(
              SourceMessages.jsonDuplicateHint,
              ["line": .text(String(first.line)), "column": .text(String(first.column))])))
      } else {
        seen[key] = keyLocation
        entries.append(.init(key: key, keyLocation: keyLocation, value: item))
      }
      skipWhitespace()
      if current == UInt8(ascii: ",") {
        advance()
        continue
      }
      if current == UInt8(ascii: "}") {
        advance()
        return SourceNode(.mapping(entries), at: start)
      }
      throw fail("expected ',' or '}' after a value in an object")
    }
  }

  /// Reads an array at `[`.
  mutating func array(_ start: SourceLocation) throws(Failure) -> SourceNode {
    advance()
    var items: [SourceNode] = []
    skipWhitespace()
    if current == UInt8(ascii: "]") {
      advance()
      return SourceNode(.sequence([]), at: start)
    }
    while true {
      skipWhitespace()
      items.append(try value())
      skipWhitespace()
      if current == UInt8(ascii: ",") {
        advance()
        continue
      }
      if current == UInt8(ascii: "]") {
        advance()
        return SourceNode(.sequence(items), at: start)
      }
      throw fail("expected ',' or ']' after a value in a list")
    }
  }
}

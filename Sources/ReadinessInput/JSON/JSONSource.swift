import ReadinessCore

/// A small RFC 8259 JSON parser producing a `SourceNode` tree with the line and column of
/// every value, syntax errors at their exact position, and duplicate keys reported.
struct JSONSource {
  /// Deepest nesting accepted (guards the recursion).
  static let maximumDepth = 256

  struct Failure: Error {
    var message: String
    var line: Int
    var column: Int
  }

  let bytes: [UInt8]
  let file: String
  var index = 0
  var line = 1
  var column = 1
  var depth = 0
  var duplicates: [Diagnostic] = []

  /// The tree, or the diagnostics saying why there is none; duplicate keys come with a tree.
  static func read(_ text: String, file: String) -> (SourceNode?, [Diagnostic]) {
    var parser = JSONSource(bytes: Array(text.utf8), file: file)
    do throws(Failure) {
      parser.skipWhitespace()
      let root = try parser.value()
      parser.skipWhitespace()
      if parser.index < parser.bytes.count {
        throw parser.fail("unexpected text after the document")
      }
      return (root, parser.duplicates)
    } catch {
      return (
        nil,
        parser.duplicates + [
          Diagnostic(
            .error, code: .syntax,
            Message(SourceMessages.jsonSyntax, ["problem": .text(error.message)]),
            at: SourceLocation(file: file, line: error.line, column: error.column),
            hint: Message(SourceMessages.jsonSyntaxHint))
        ]
      )
    }
  }

  init(bytes: [UInt8], file: String) {
    self.bytes = bytes
    self.file = file
  }

  var here: SourceLocation { SourceLocation(file: file, line: line, column: column) }
  var current: UInt8? { index < bytes.count ? bytes[index] : nil }

  func fail(_ message: String) -> Failure {
    Failure(message: message, line: line, column: column)
  }

  mutating func advance() {
    let byte = bytes[index]
    index += 1
    if byte == UInt8(ascii: "\n") {
      line += 1
      column = 1
    } else if byte & 0xC0 != 0x80 {
      column += 1
    }
  }

  mutating func skipWhitespace() {
    while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
      advance()
    }
  }

  mutating func value() throws(Failure) -> SourceNode {
    let start = here
    guard let byte = current else { throw fail("unexpected end of the document, expected a value") }
    switch byte {
    case UInt8(ascii: "{"): return try nested { p throws(Failure) in try p.object(start) }
    case UInt8(ascii: "["): return try nested { p throws(Failure) in try p.array(start) }
    case UInt8(ascii: "\""): return SourceNode(.scalar(try string(), quoted: true), at: start)
    case UInt8(ascii: "t"):
      try literal("true")
      return SourceNode(.scalar("true", quoted: false), at: start)
    case UInt8(ascii: "f"):
      try literal("false")
      return SourceNode(.scalar("false", quoted: false), at: start)
    case UInt8(ascii: "n"):
      try literal("null")
      return SourceNode(.null, at: start)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return SourceNode(.scalar(try number(), quoted: false), at: start)
    default:
      throw fail(
        "unexpected character '\(String(decoding: [byte], as: UTF8.self))', expected a value")
    }
  }

  mutating func literal(_ word: String) throws(Failure) {
    for expected in word.utf8 {
      guard current == expected else { throw fail("invalid literal, expected '\(word)'") }
      advance()
    }
  }

  mutating func number() throws(Failure) -> String {
    let begin = index
    func digits(_ p: inout JSONSource) -> Int {
      var count = 0
      while let b = p.current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) {
        p.advance()
        count += 1
      }
      return count
    }
    if current == UInt8(ascii: "-") { advance() }
    if current == UInt8(ascii: "0") {
      advance()
    } else if digits(&self) == 0 {
      throw fail("invalid number")
    }
    if current == UInt8(ascii: ".") {
      advance()
      if digits(&self) == 0 { throw fail("invalid number: expected digits after '.'") }
    }
    if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
      advance()
      if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { advance() }
      if digits(&self) == 0 { throw fail("invalid number: expected digits in the exponent") }
    }
    return String(decoding: bytes[begin..<index], as: UTF8.self)
  }
}

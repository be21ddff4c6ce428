/// Parses a template into `MustacheNode`s with swift-mustache's rules for where text ends, which
/// tags stand alone on their line (and so take the line with them) and how a partial alone on its
/// line is indented, so both engines render the same bytes. A template swift-mustache has already
/// accepted is parsed here; anything beyond the subset (triple mustaches, `{{&x}}`, delimiters,
/// inheritance, dynamic partials, transforms, pragmas) is `Unsupported`, and the page is then
/// rendered by swift-mustache instead.
struct MustacheParser {
  /// The template uses more of Mustache than `MustacheRenderer` renders.
  struct Unsupported: Error {}

  private let characters: [Character]
  private var position = 0

  /// The nodes of `template`.
  static func parse(_ template: String) throws(Unsupported) -> [MustacheNode] {
    var parser = MustacheParser(characters: Array(template))
    return try parser.block(closing: nil, onNewLine: true)
  }

  private init(characters: [Character]) { self.characters = characters }

  private var atEnd: Bool { position == characters.count }
  private var current: Character { atEnd ? "\0" : characters[position] }

  /// Nodes up to the tag that closes `closing` (or the end of the template).
  private mutating func block(closing: String?, onNewLine: Bool) throws(Unsupported)
    -> [MustacheNode]
  {
    var nodes: [MustacheNode] = []
    var onNewLine = onNewLine
    var indent = ""
    func flushIndent() {
      if !indent.isEmpty { nodes.append(.text(Array(indent.utf8))) }
      indent = ""
    }
    while !atEnd {
      if onNewLine { indent = read { $0 == " " || $0 == "\t" } }
      let text = try textUpToTag()
      if current.isNewline {
        nodes.append(.text(Array((indent + text + String(current)).utf8)))
        onNewLine = true
        position += 1
        continue
      }
      if !text.isEmpty {
        nodes.append(.text(Array((indent + text).utf8)))
        indent = ""
        onNewLine = false
      }
      if atEnd { break }
      var standalone = false
      switch current {
      case "#", "^":
        let inverted = current == "^"
        position += 1
        let name = try tagName()
        if isStandalone(onNewLine) { standalone = true } else { flushIndent() }
        let body = try block(closing: name, onNewLine: standalone)
        nodes.append(
          inverted ? .inverted(MustacheName(name), body) : .section(MustacheName(name), body))
      case "/":
        position += 1
        guard try tagName() == closing else { throw Unsupported() }
        if !isStandalone(onNewLine) { flushIndent() }
        return nodes
      case "!":
        position += 1
        try skipComment()
        standalone = isStandalone(onNewLine)
      case ">":
        position += 1
        _ = read(while: \.isWhitespace)
        guard current != "*" else { throw Unsupported() }
        let name = try tagName(partial: true)
        let indentation = indent
        flushIndent()
        standalone = isStandalone(onNewLine)
        nodes.append(.partial(name, indentation: standalone ? Array(indentation.utf8) : nil))
      case "{", "&", "<", "$", "=", "%":
        throw Unsupported()
      default:
        flushIndent()
        nodes.append(.variable(MustacheName(try tagName())))
      }
      onNewLine = standalone
    }
    guard closing == nil else { throw Unsupported() }
    return nodes
  }

  /// Text up to a line break (left unread) or a `{{` (read).
  private mutating func textUpToTag() throws(Unsupported) -> String {
    var text = ""
    while !atEnd {
      text += read { $0 != "\n" && $0 != "\r\n" && $0 != "{" }
      if atEnd || current.isNewline { break }
      guard position + 1 < characters.count else { throw Unsupported() }
      if characters[position + 1] == "{" {
        position += 2
        break
      }
      text.append("{")
      position += 1
    }
    return text
  }

  /// A tag's name and its closing `}}`; a name with a transform (`upper(x)`) is `Unsupported`.
  private mutating func tagName(partial: Bool = false) throws(Unsupported) -> String {
    _ = read(while: \.isWhitespace)
    let allowed = partial ? Self.partialNameCharacters : Self.nameCharacters
    let name = read { allowed.contains($0) }
    _ = read(while: \.isWhitespace)
    guard closeTag(), partial || !name.contains(where: { $0 == "(" || $0 == ")" }) else {
      throw Unsupported()
    }
    return name
  }

  private mutating func closeTag() -> Bool {
    guard position + 1 < characters.count, characters[position] == "}",
      characters[position + 1] == "}"
    else { return false }
    position += 2
    return true
  }

  private mutating func skipComment() throws(Unsupported) {
    while !atEnd {
      if closeTag() { return }
      position += 1
    }
    throw Unsupported()
  }

  /// Whether the tag just read stands alone on its line: it started one (`onNewLine`) and only
  /// spaces or tabs follow it to the line break, which is then read, or to the end.
  private mutating func isStandalone(_ onNewLine: Bool) -> Bool {
    guard onNewLine else { return false }
    if atEnd { return true }
    var ahead = position
    while ahead < characters.count, characters[ahead] == " " || characters[ahead] == "\t" {
      ahead += 1
    }
    guard ahead < characters.count, characters[ahead].isNewline else { return false }
    position = ahead + 1
    return true
  }

  private mutating func read(while accepts: (Character) -> Bool) -> String {
    let start = position
    while !atEnd, accepts(characters[position]) { position += 1 }
    return String(characters[start..<position])
  }

  private static let nameCharacters = Set(
    "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
  private static let partialNameCharacters = nameCharacters.union(["/"])
}

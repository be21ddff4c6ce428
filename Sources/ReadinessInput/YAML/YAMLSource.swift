import ReadinessCore

/// Reads YAML text into a `SourceNode` tree from libyaml's events (`YAMLEventReader`), never
/// interpreting scalars (YAML 1.1 would turn `012345` into 5349 and `no` into false).
enum YAMLSource {
  private typealias M = SourceMessages

  /// Most nodes a document may expand to: the larger of 200,000 and its size in bytes. Without
  /// aliases a document holds fewer nodes than bytes; aliases count each time they are used,
  /// so an alias bomb stops here instead of exhausting memory, and a large plain one passes.
  static func nodeBudget(for text: String) -> Int { max(200_000, text.utf8.count) }

  /// The tree, or the diagnostics saying why there is none.
  static func read(_ text: String, file: String) -> (SourceNode?, [Diagnostic]) {
    var reader = YAMLEventReader(file: file, limit: nodeBudget(for: text))
    do {
      return (try reader.read(text), [])
    } catch {
      return (nil, [diagnostic(for: error, limit: reader.limit, text: text, file: file)])
    }
  }

  /// Turns a reading failure into a positioned diagnostic.
  static func diagnostic(
    for failure: YAMLEventReader.Failure, limit: Int, text: String, file: String
  ) -> Diagnostic {
    switch failure {
    case .syntax(let problem, let line, let column):
      var diagnostic = syntax(
        Message(M.yamlSyntax, ["problem": .text(problem)]),
        SourceLocation(file: file, line: line, column: column))
      if problem.hasPrefix("mapping values are not allowed") {
        diagnostic.hintText = Message(M.secondColonHint)
      }
      return diagnostic
    case .duplicate(let key, let line, let column):
      return Diagnostic(
        .error, code: .duplicateKey, Message(M.yamlDuplicate, ["key": .text(key.clipped)]),
        at: SourceLocation(file: file, line: line, column: column),
        hint: Message(M.yamlDuplicateHint))
    case .reader(let problem, let offset):
      let (line, column) = position(ofByte: offset, in: text)
      return Diagnostic(
        .error, code: .encoding, Message(M.cannotRead, ["problem": .text(problem)]),
        at: SourceLocation(file: file, line: line, column: column),
        hint: Message(problem.contains("control characters") ? M.controlHint : M.saveUTF8))
    case .tooLarge:
      return Diagnostic(
        .error, code: .tooLarge, Message(M.tooLarge, ["limit": .count(limit)]),
        at: SourceLocation(file: file, line: 1, column: 1), hint: Message(M.tooLargeHint))
    case .memory:
      return syntax(Message(M.yamlMemory), SourceLocation(file: file, line: 1, column: 1))
    }
  }

  /// Line and column (in Unicode scalars, as libyaml counts) of the byte at `offset`.
  static func position(ofByte offset: Int, in text: String) -> (line: Int, column: Int) {
    let prefix = text.utf8.prefix(max(0, offset))
    let lineStart =
      prefix.lastIndex(of: UInt8(ascii: "\n")).map { prefix.index(after: $0) } ?? prefix.startIndex
    let line = prefix.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    let column = String(decoding: prefix[lineStart...], as: UTF8.self).unicodeScalars.count + 1
    return (line, column)
  }

  static func syntax(_ message: Message, _ location: SourceLocation) -> Diagnostic {
    Diagnostic(.error, code: .syntax, message, at: location, hint: Message(M.yamlSyntaxHint))
  }

  /// The entries a merge key (`<<: *defaults` or `<<: [*a, *b]`) brings in, earlier sources
  /// first (YAML's merge key: explicit keys win, then the first source naming a key). Anything
  /// else after `<<` stays an entry, so the schema reports it as an unknown key.
  static func mergeEntries(_ source: SourceNode, keyLocation: SourceLocation) -> [SourceNode.Entry]
  {
    switch source.value {
    case .mapping(let entries): return entries
    case .sequence(let items)
    where items.allSatisfy({ if case .mapping = $0.value { true } else { false } }):
      return items.flatMap { mergeEntries($0, keyLocation: keyLocation) }
    default: return [.init(key: "<<", keyLocation: keyLocation, value: source)]
    }
  }
}

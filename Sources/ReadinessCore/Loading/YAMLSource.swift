import Yams

/// Reads YAML text into a `SourceNode` tree with `Yams.compose`, never interpreting scalars
/// (YAML 1.1 would turn `012345` into 5349 and `no` into false). Composing uses Yams' `basic`
/// resolver, which gives every plain scalar the string tag: the tree never looks at tags, and
/// the default resolver matched each key against regular expressions when Yams checked a
/// mapping for duplicate keys, which was half the time of reading a large inventory.
enum YAMLSource {
  /// Most nodes a document may expand to: the larger of 200,000 and its size in bytes. Without
  /// aliases a document holds fewer nodes than bytes; aliases count each time they are used,
  /// so an alias bomb stops here instead of exhausting memory, and a large plain one passes.
  static func nodeBudget(for text: String) -> Int { max(200_000, text.utf8.count) }

  /// The tree, or the diagnostics saying why there is none.
  static func read(_ text: String, file: String) -> (SourceNode?, [Diagnostic]) {
    let root: Node?
    do {
      root = try Yams.compose(yaml: text, .basic)
    } catch let error as YamlError {
      return (nil, [diagnostic(for: error, text: text, file: file)])
    } catch {
      return (
        nil,
        [syntax("cannot read the YAML: \(error)", SourceLocation(file: file, line: 1, column: 1))]
      )
    }
    guard let root else { return (nil, []) }
    var converter = Converter(file: file, budget: nodeBudget(for: text))
    let node = converter.convert(root)
    return converter.exhausted ? (nil, [converter.exhaustion]) : (node, [])
  }

  /// Turns a Yams error into a positioned diagnostic.
  static func diagnostic(for error: YamlError, text: String, file: String) -> Diagnostic {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      var diagnostic = syntax(
        "YAML syntax: \(problem)", SourceLocation(file: file, line: mark.line, column: mark.column))
      if problem.hasPrefix("mapping values are not allowed") {
        diagnostic.hint =
          "a second ': ' on one line: quote a value that contains ': ' or ', '"
          + " (name: \"Smith, Jones: sales\")"
      }
      return diagnostic
    case .duplicatedKeysInMapping(let duplicates, let context):
      let key = duplicates.first ?? "?"
      let (line, column) = DuplicateKeyFinder.second(
        of: key, in: text, mappingLine: context.mark.line, mappingColumn: context.mark.column)
      return Diagnostic(
        .error, code: .duplicateKey, "duplicate key '\(key.clipped)' in a mapping",
        at: SourceLocation(file: file, line: line, column: column),
        hint: "each key may appear once per mapping; remove or rename one of them")
    case .reader(let problem, let offset, _, _):
      let (line, column) = position(ofByte: offset ?? 0, in: text)
      return Diagnostic(
        .error, code: .encoding, "cannot read the file: \(problem)",
        at: SourceLocation(file: file, line: line, column: column),
        hint: problem.contains("control characters")
          ? "remove it: YAML text may hold tabs and line breaks, but no other control characters"
          : "save the file as UTF-8")
    default:
      return syntax(
        "cannot read the YAML: \(error)", SourceLocation(file: file, line: 1, column: 1))
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

  static func syntax(_ message: String, _ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, code: .syntax, message, at: location,
      hint: "check indentation, colons and quotes around this point")
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

  /// Walks a composed node within a node budget.
  private struct Converter {
    let file: String
    let limit: Int
    var budget: Int
    var exhausted = false
    var exhaustion: Diagnostic {
      Diagnostic(
        .error, code: .tooLarge,
        "the document expands to more than \(limit) nodes",
        at: SourceLocation(file: file, line: 1, column: 1),
        hint: "aliases (*name) repeat whole subtrees; an inventory never needs this many")
    }

    init(file: String, budget: Int) {
      self.file = file
      self.limit = budget
      self.budget = budget
    }

    func location(_ mark: Mark?) -> SourceLocation {
      SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    mutating func convert(_ node: Node) -> SourceNode {
      budget -= 1
      if budget < 0 { exhausted = true }
      if exhausted { return SourceNode(.null, at: location(nil)) }
      switch node {
      case .scalar(let scalar):
        let quoted = scalar.style != .plain && scalar.style != .any
        let isNull = !quoted && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
        return SourceNode(
          isNull ? .null : .scalar(scalar.string, quoted: quoted), at: location(scalar.mark))
      case .sequence(let sequence):
        var items: [SourceNode] = []
        for item in sequence where !exhausted { items.append(convert(item)) }
        return SourceNode(.sequence(items), at: location(sequence.mark))
      case .mapping(let mapping):
        var entries: [SourceNode.Entry] = []
        var merged: [SourceNode.Entry] = []
        for (key, value) in mapping where !exhausted {
          let keyNode = convert(key)
          if case .scalar("<<", quoted: false) = keyNode.value {
            merged += YAMLSource.mergeEntries(convert(value), keyLocation: keyNode.location)
            continue
          }
          let keyText: String
          switch keyNode.value {
          case .scalar(let text, _): keyText = text
          case .null: keyText = ""
          default: keyText = "<\(keyNode.kindDescription)>"
          }
          entries.append(.init(key: keyText, keyLocation: keyNode.location, value: convert(value)))
        }
        var present = Set(entries.map(\.key))
        entries += merged.filter { present.insert($0.key).inserted }
        return SourceNode(.mapping(entries), at: location(mapping.mark))
      case .alias:
        return SourceNode(.null, at: location(nil))
      }
    }
  }
}

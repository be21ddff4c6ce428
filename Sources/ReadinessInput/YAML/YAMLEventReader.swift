import CYAML
import ReadinessCore

/// Builds a `SourceNode` tree from libyaml's parser events in one pass: aliases expand to the
/// anchored node (sharing its storage), merge keys are applied, duplicate keys are refused when
/// their mapping ends, and every node counts against a budget (an alias counts its whole
/// subtree each time it is used), checked once the document has been read.
struct YAMLEventReader {
  /// Why there is no tree. Lines and columns count from 1.
  enum Failure: Error {
    case syntax(String, line: Int, column: Int)
    case reader(String, byteOffset: Int)
    case duplicate(String, line: Int, column: Int)
    case tooLarge
    case memory
  }

  /// A node as built: the tree, how many nodes it expands to, and for a scalar its identity
  /// as a key (text, and tag when not a string) and its text as written.
  struct Built {
    var node: SourceNode
    var count: Int
    var key: String?
    var text: String?
  }

  let file: String
  let limit: Int
  var total = 0
  var anchors: [String: Built] = [:]
  var stack: [YAMLContainer] = []
  var root: Built?

  init(file: String, limit: Int) {
    self.file = file
    self.limit = limit
  }

  /// The document's tree, nil for a stream without documents.
  mutating func read(_ text: String) throws(Failure) -> SourceNode? {
    var text = text
    let result = text.withUTF8 { bytes in
      let stream = YAMLEventStream(bytes)
      defer { stream.close() }
      return Result { () throws(Failure) in try events(stream) }
    }
    return try result.get()
  }

  /// Reads events until the stream ends, refusing a second document.
  private mutating func events(_ stream: YAMLEventStream) throws(Failure) -> SourceNode? {
    var documents = 0
    while let batch = try stream.next() {
      defer { YAMLEventStream.free(batch) }
      for event in batch {
        switch event.type {
        case YAML_STREAM_END_EVENT:
          if total > limit { throw .tooLarge }
          return root?.node
        case YAML_DOCUMENT_START_EVENT:
          documents += 1
          if documents > 1 {
            let (line, column) = mark(event)
            throw .syntax("but found another document", line: line, column: column)
          }
        case YAML_DOCUMENT_END_EVENT, YAML_STREAM_START_EVENT: break
        default: try handle(event)
        }
      }
    }
    return root?.node
  }

  /// Where an event starts; libyaml counts from 0, columns in Unicode scalars.
  private func mark(_ event: yaml_event_t) -> (line: Int, column: Int) {
    (event.start_mark.line + 1, event.start_mark.column + 1)
  }

  private func location(_ event: yaml_event_t) -> SourceLocation {
    let (line, column) = mark(event)
    return SourceLocation(file: file, line: line, column: column)
  }

  private mutating func handle(_ event: yaml_event_t) throws(Failure) {
    switch event.type {
    case YAML_SCALAR_EVENT:
      let data = event.data.scalar
      let bytes = UnsafeBufferPointer(start: data.value, count: data.length)
      let text = String(decoding: bytes, as: UTF8.self)
      let quoted = data.style != YAML_PLAIN_SCALAR_STYLE && data.style != YAML_ANY_SCALAR_STYLE
      let isNull = !quoted && Self.isNullWord(text)
      let tag = data.quoted_implicit == 1 ? nil : data.tag.map { String(cString: $0) }
      let key = tag == nil || tag == "tag:yaml.org,2002:str" ? text : "\u{0}\(tag!)\u{0}\(text)"
      let node = SourceNode(isNull ? .null : .scalar(text, quoted: quoted), at: location(event))
      total += 1
      let anchor = data.anchor.map { String(cString: $0) }
      add(Built(node: node, count: 1, key: key, text: text), anchor: anchor)
    case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
      total += 1
      let isMapping = event.type == YAML_MAPPING_START_EVENT
      let anchor = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
      let name = anchor.map { String(cString: $0) }
      stack.append(YAMLContainer(isMapping: isMapping, location: location(event), anchor: name))
    case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
      let container = stack.removeLast()
      if let (key, location) = container.duplicate {
        throw .duplicate(key, line: location.line, column: location.column)
      }
      add(container.built(), anchor: container.anchor)
    case YAML_ALIAS_EVENT:
      let name = String(cString: event.data.alias.anchor)
      guard var built = anchors[name] else {
        let (line, column) = mark(event)
        throw .syntax("found undefined alias", line: line, column: column)
      }
      total = min(total + built.count, Int.max / 2)
      if total > limit { built.node = SourceNode(.null, at: built.node.location) }
      add(built, anchor: nil)
    default: break
    }
  }

  /// Hands a finished node to its container (or makes it the root) and registers its anchor.
  private mutating func add(_ built: Built, anchor: String?) {
    if let anchor { anchors[anchor] = built }
    guard !stack.isEmpty else {
      root = built
      return
    }
    stack[stack.count - 1].add(built, exhausted: total > limit)
  }

  private static func isNullWord(_ text: String) -> Bool {
    switch text {
    case "", "~", "null", "Null", "NULL": true
    default: false
    }
  }

  /// libyaml's error, with its mark counted from 1 as editors do.
  static func failure(of parser: yaml_parser_t) -> Failure {
    let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
    let line = parser.problem_mark.line + 1
    let column = parser.problem_mark.column + 1
    switch parser.error {
    case YAML_READER_ERROR: return .reader(problem, byteOffset: parser.problem_offset)
    case YAML_SCANNER_ERROR, YAML_PARSER_ERROR: return .syntax(problem, line: line, column: column)
    default: return .memory
    }
  }
}

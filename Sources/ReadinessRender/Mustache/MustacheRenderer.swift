/// Renders parsed templates into one byte buffer with swift-mustache's semantics for the subset
/// `MustacheParser` accepts: names are looked up innermost value first, a section repeats over a
/// non-empty list, shows for `true`, and pushes any other present value (a string, a number,
/// an object); an inverted section shows for an empty list, `false` or an absent value.
struct MustacheRenderer {
  private let partials: [String: [MustacheNode]]
  private var buffer: [UInt8] = []
  private var stack: [TemplateValue]
  /// Indentation owed to a line that has begun but has nothing written on it yet.
  private var pendingIndentation: [UInt8]?
  /// The most bytes the page may have; past it, rendering stops.
  private let limit: Int
  private var exceeded = false

  /// `template` rendered with `value`; `{{> name}}` renders `partials[name]`, or nothing. Nil
  /// when the page would be longer than `limit` bytes (rendering stops there).
  static func render(
    _ template: [MustacheNode], partials: [String: [MustacheNode]], value: TemplateValue,
    limit: Int = .max, capacity: Int = 1 << 16
  ) -> [UInt8]? {
    var renderer = MustacheRenderer(partials: partials, stack: [value], limit: limit)
    renderer.buffer.reserveCapacity(min(capacity, limit))
    renderer.render(template, indentation: [])
    return renderer.exceeded ? nil : renderer.buffer
  }

  private init(partials: [String: [MustacheNode]], stack: [TemplateValue], limit: Int) {
    self.partials = partials
    self.stack = stack
    self.limit = limit
  }

  /// One template or section body. Inside an indented partial, a node that writes something
  /// right after a line break this body wrote is indented first, as swift-mustache does.
  private mutating func render(_ nodes: [MustacheNode], indentation: [UInt8]) {
    guard !indentation.isEmpty else {
      for node in nodes where !exceeded { render(node, indentation: indentation) }
      return
    }
    let start = buffer.count
    for node in nodes where !exceeded {
      if endsWithLineBreak(since: start) { pendingIndentation = indentation }
      render(node, indentation: indentation)
      pendingIndentation = nil
    }
  }

  /// Whether what was written since `start` ends with a line feed that is a character of its
  /// own (not the end of a CR LF pair).
  private func endsWithLineBreak(since start: Int) -> Bool {
    let count = buffer.count
    guard count > start, buffer[count - 1] == UInt8(ascii: "\n") else { return false }
    return count - 2 < start || buffer[count - 2] != UInt8(ascii: "\r")
  }

  private mutating func render(_ node: MustacheNode, indentation: [UInt8]) {
    switch node {
    case .text(let bytes):
      write(bytes)
    case .variable(let name):
      if let value = lookUp(name) { write(value) }
    case .section(let name, let body):
      switch lookUp(name) {
      case .list(let items)?:
        for item in items { renderBody(body, with: item, indentation: indentation) }
      case .bool(let shown)?:
        if shown { render(body, indentation: indentation) }
      case let value?:
        renderBody(body, with: value, indentation: indentation)
      case nil:
        break
      }
    case .inverted(let name, let body):
      switch lookUp(name) {
      case .list(let items)? where items.isEmpty:
        renderBody(body, with: .list(items), indentation: indentation)
      case .bool(false)?, nil:
        render(body, indentation: indentation)
      default:
        break
      }
    case .partial(let name, let own):
      guard let template = partials[name] else { return }
      render(template, indentation: own.map { indentation + $0 } ?? indentation)
    }
  }

  private mutating func renderBody(
    _ body: [MustacheNode], with value: TemplateValue, indentation: [UInt8]
  ) {
    stack.append(value)
    render(body, indentation: indentation)
    stack.removeLast()
  }

  /// The value `name` stands for, or nil when it names nothing.
  private func lookUp(_ name: MustacheName) -> TemplateValue? {
    switch name {
    case .current:
      return stack.last
    case .fromCurrent(let parts):
      return follow(parts[...], from: stack.last)
    case .climbing(let parts):
      for value in stack.reversed() {
        if let found = value.field(parts[0]) { return follow(parts.dropFirst(), from: found) }
      }
      return nil
    }
  }

  private func follow(_ parts: ArraySlice<String>, from value: TemplateValue?) -> TemplateValue? {
    var value = value
    for part in parts { value = value?.field(part) }
    return value
  }

  private mutating func write(_ bytes: [UInt8]) {
    guard !bytes.isEmpty else { return }
    flushIndentation()
    append(bytes)
  }

  private mutating func append(_ bytes: some Collection<UInt8>) {
    guard !exceeded, buffer.count + bytes.count <= limit else {
      exceeded = true
      return
    }
    buffer.append(contentsOf: bytes)
  }

  /// A value as swift-mustache prints it (`String(describing:)`), HTML-escaped.
  private mutating func write(_ value: TemplateValue) {
    let text: String
    switch value {
    case .text(let string): text = string
    case .bool(let bool): text = bool ? "true" : "false"
    case .int(let int): text = String(int)
    case .double(let double): text = String(describing: double)
    case .list, .object: text = String(describing: value.plain)
    }
    guard !text.isEmpty else { return }
    flushIndentation()
    guard !exceeded else { return }
    HTMLEscape.append(text, to: &buffer)
    if buffer.count > limit { exceeded = true }
  }

  private mutating func flushIndentation() {
    guard let indentation = pendingIndentation else { return }
    pendingIndentation = nil
    append(indentation)
  }
}

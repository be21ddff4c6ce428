internal import Mustache

/// A page's templates, parsed once, and the engine that renders them: `MustacheRenderer` when
/// every template the page reaches stays within the subset `MustacheParser` reads (the bundled
/// templates do), swift-mustache when a user's template uses more of Mustache.
struct TemplateEngine: Sendable {
  private enum Engine: Sendable {
    case own(root: [MustacheNode]?, partials: [String: [MustacheNode]])
    case swiftMustache(MustacheTemplate?, library: MustacheLibrary?)
  }

  private let engine: Engine

  /// The page that starts from the template `root` of `texts` (by name, without extension);
  /// `library` is the same set as swift-mustache parsed it.
  init(root: String, texts: [String: String], library: MustacheLibrary) {
    var parsed: [String: [MustacheNode]] = [:]
    var next = [root]
    while let name = next.popLast() {
      guard parsed[name] == nil, let text = texts[name] else { continue }
      guard let nodes = try? MustacheParser.parse(text) else {
        engine = .swiftMustache(library.getTemplate(named: root), library: library)
        return
      }
      parsed[name] = nodes
      next += nodes.flatMap(\.partialNames)
    }
    engine = .own(root: parsed[root], partials: parsed)
  }

  /// A page of one template, `text`, that includes no partials (`{{> name}}` renders nothing);
  /// `template` is the same text as swift-mustache parsed it.
  init(text: String, template: MustacheTemplate) {
    if let nodes = try? MustacheParser.parse(text) {
      engine = .own(root: nodes, partials: [:])
    } else {
      engine = .swiftMustache(template, library: nil)
    }
  }

  /// The page grew past the byte limit it was rendered with.
  struct OutputTooLarge: Error {}

  /// The page for `value`, or nil when the set has no root template.
  /// - Throws: `OutputTooLarge` when the page would be longer than `limit` bytes; the own
  ///   engine stops there, swift-mustache (which returns the page whole) is checked after.
  func render(_ value: TemplateValue, limit: Int = .max) throws(OutputTooLarge) -> [UInt8]? {
    switch engine {
    case .own(let root, let partials):
      guard let root else { return nil }
      guard
        let bytes = MustacheRenderer.render(root, partials: partials, value: value, limit: limit)
      else { throw OutputTooLarge() }
      return bytes
    case .swiftMustache(let template, let library):
      guard let page = template?.render(value.plain, library: library) else { return nil }
      guard page.utf8.count <= limit else { throw OutputTooLarge() }
      return Array(page.utf8)
    }
  }
}

extension MustacheNode {
  /// The partials this node includes, at any depth.
  var partialNames: [String] {
    switch self {
    case .text, .variable: []
    case .section(_, let body), .inverted(_, let body): body.flatMap(\.partialNames)
    case .partial(let name, _): [name]
    }
  }
}

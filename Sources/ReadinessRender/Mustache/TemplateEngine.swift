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

  /// The page for `value`, or nil when the set has no root template.
  func render(_ value: TemplateValue) -> [UInt8]? {
    switch engine {
    case .own(let root, let partials):
      root.map { MustacheRenderer.render($0, partials: partials, value: value) }
    case .swiftMustache(let template, let library):
      template.map { Array($0.render(value.plain, library: library).utf8) }
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

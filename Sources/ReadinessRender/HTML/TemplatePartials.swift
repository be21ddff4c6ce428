import Foundation

/// The partials each template includes (`{{> name}}`), and the first cycle among them: Mustache
/// expands partials as it renders, so a template that includes itself, directly or through
/// others, would recurse until the stack overflows.
enum TemplatePartials {
  /// The names of the partials `text` includes, each once, in order of first appearance.
  static func included(in text: String) -> [String] {
    var names: [String] = []
    var rest = text[...]
    while let open = rest.range(of: "{{>") {
      rest = rest[open.upperBound...]
      guard let close = rest.range(of: "}}") else { break }
      let name = rest[..<close.lowerBound].trimmingCharacters(in: .whitespacesAndNewlines)
      if !name.isEmpty, !names.contains(name) { names.append(name) }
      rest = rest[close.upperBound...]
    }
    return names
  }

  /// The first cycle in `graph` (template name → the partials it includes), as the names from
  /// one template back to itself (`[report, report]`, `[a, b, a]`), or nil when there is none.
  /// A partial that names no template renders nothing, so it ends a path.
  static func cycle(in graph: [String: [String]]) -> [String]? {
    var finished: Set<String> = []
    var path: [String] = []
    func visit(_ name: String) -> [String]? {
      if let start = path.firstIndex(of: name) { return Array(path[start...]) + [name] }
      guard !finished.contains(name), let next = graph[name] else { return nil }
      path.append(name)
      for partial in next { if let found = visit(partial) { return found } }
      path.removeLast()
      finished.insert(name)
      return nil
    }
    for name in graph.keys.sorted() { if let found = visit(name) { return found } }
    return nil
  }
}

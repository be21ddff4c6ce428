/// The partials each template includes, the first cycle among them, and how deeply a page
/// nests: Mustache expands partials as it renders, so a template that includes itself, directly
/// or through others, or sections nested thousands deep, would recurse until the stack overflows.
enum TemplatePartials {
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

  /// The deepest a template renders once its partials are expanded (each section and each
  /// partial is one level), with the chain of templates that reaches it, for every template in
  /// `tags`. `tags` must have no cycle.
  static func depths(_ tags: [String: TemplateTags]) -> [String: (depth: Int, chain: [String])] {
    var found: [String: (depth: Int, chain: [String])] = [:]
    func visit(_ name: String) -> (depth: Int, chain: [String])? {
      if let known = found[name] { return known }
      guard let own = tags[name] else { return nil }
      var deepest = (depth: own.depth, chain: [name])
      for include in own.includes {
        guard let inner = visit(include.name) else { continue }
        let depth = include.depth + 1 + inner.depth
        if depth > deepest.depth { deepest = (depth, [name] + inner.chain) }
      }
      found[name] = deepest
      return deepest
    }
    for name in tags.keys { _ = visit(name) }
    return found
  }
}

/// A parsed template: text, variables, sections and partials, the subset of Mustache the
/// bundled templates use. `MustacheParser` makes it; `MustacheRenderer` renders it.
indirect enum MustacheNode: Sendable {
  /// Text as it is written out, already in bytes.
  case text([UInt8])
  /// `{{name}}`, HTML-escaped.
  case variable(MustacheName)
  /// `{{#name}}…{{/name}}`.
  case section(MustacheName, [MustacheNode])
  /// `{{^name}}…{{/name}}`.
  case inverted(MustacheName, [MustacheNode])
  /// `{{> name}}`; a partial alone on its line indents every line it renders by `indentation`.
  case partial(String, indentation: [UInt8]?)
}

/// A tag's name and where it is looked up, as swift-mustache looks it up.
enum MustacheName: Sendable, Equatable {
  /// `{{.}}` (and any name with no parts, such as `{{..}}`): the innermost value.
  case current
  /// `{{.a.b}}`: the path from the innermost value only.
  case fromCurrent([String])
  /// `{{a.b}}`: `a` in the innermost value that has it, then `b` in that.
  case climbing([String])

  init(_ name: String) {
    let parts = name.split(separator: ".").map(String.init)
    if name == "." || parts.isEmpty {
      self = .current
    } else if name.first == "." {
      self = .fromCurrent(parts)
    } else {
      self = .climbing(parts)
    }
  }
}

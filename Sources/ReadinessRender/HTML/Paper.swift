/// The paper a page is printed on, landscape (`--paper`): the templates' `@page` size reads it
/// as `{{paper}}`. Not given, the report prints on A4 and the briefing on the reader's paper.
public enum Paper: String, CaseIterable, Sendable {
  case a4, letter

  /// The CSS `@page` size keyword.
  public var css: String { self == .a4 ? "A4" : "letter" }
}

/// A page's view with the paper beside its own fields, so every template can read `{{paper}}`.
struct PrintedView<View: Encodable>: Encodable {
  let view: View
  let paper: Paper?

  private enum Key: String, CodingKey { case paper }

  func encode(to encoder: any Encoder) throws {
    try view.encode(to: encoder)
    var container = encoder.container(keyedBy: Key.self)
    try container.encodeIfPresent(paper?.css, forKey: .paper)
  }
}

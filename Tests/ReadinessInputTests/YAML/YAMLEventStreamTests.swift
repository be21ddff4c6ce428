import ReadinessCore
import Testing

@testable import ReadinessInput

/// libyaml parses on a thread of its own, ahead of the tree: a problem found anywhere must
/// still be the one reported, at its place, and a reader that stops early must not hang.
@Suite("Parsing ahead of the tree keeps errors where they are")
struct YAMLEventStreamTests {
  /// `count` lines of `- k: v` items under `list:`, after `head`.
  static func long(_ count: Int, head: String = "", tail: String = "") -> String {
    head + "list:\n" + String(repeating: "  - {k: v, n: 1}\n", count: count) + tail
  }

  func message(_ text: String) -> String? {
    YAMLSource.read(text, file: "f").1.first.map { "\($0.location!) \($0.message)" }
  }

  @Test("a duplicate key at the top of a long document stops the reader at once")
  func earlyDuplicate() {
    #expect(
      message(Self.long(100_000, head: "a: 1\na: 2\n"))
        == "f:2:1 duplicate key 'a' in a mapping")
  }

  @Test("a syntax error at the end of a long document is reported at its line")
  func lateSyntaxError() {
    #expect(
      message(Self.long(50_000, tail: "b: [unclosed\n"))?.hasPrefix("f:50003:1 YAML syntax:")
        == true)
  }

  @Test("a second document after a long first one is refused at its marker")
  func secondDocument() {
    #expect(
      message(Self.long(50_000, tail: "---\nc: 1\n"))
        == "f:50002:1 YAML syntax: but found another document")
  }

  @Test("a long valid document reads whole, its last item at its line")
  func whole() throws {
    let (tree, problems) = YAMLSource.read(Self.long(50_000), file: "f")
    #expect(problems.isEmpty)
    guard case .mapping(let entries) = try #require(tree).value,
      case .sequence(let items) = entries[0].value.value
    else {
      Issue.record("not a mapping of a list")
      return
    }
    #expect(items.count == 50_000)
    #expect(items.last?.location.line == 50_001)
  }
}

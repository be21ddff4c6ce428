import ReadinessCore
import Testing

@testable import ReadinessInput

/// The tree and diagnostics read from libyaml's events, on what the inventory tests do not reach.
@Suite("Reading YAML events into a tree")
struct YAMLEventReaderTests {
  /// The tree written out with every node's line and column, or the diagnostics.
  func read(_ text: String) -> String {
    let (tree, diagnostics) = YAMLSource.read(text, file: "f")
    if let tree { return outline(tree) }
    return diagnostics.map { "\($0.location.map { "\($0)" } ?? "-") \($0.message)" }
      .joined(separator: "; ")
  }

  func outline(_ node: SourceNode) -> String {
    let at = "@\(node.location.line):\(node.location.column)"
    switch node.value {
    case .null: return "~" + at
    case .scalar(let text, let quoted): return (quoted ? "'\(text)'" : text) + at
    case .sequence(let items): return "[" + items.map(outline).joined(separator: " ") + "]" + at
    case .mapping(let entries):
      let pairs = entries.map {
        "\($0.key)@\($0.keyLocation.line):\($0.keyLocation.column)=" + outline($0.value)
      }
      return "{" + pairs.joined(separator: " ") + "}" + at
    }
  }

  @Test("an alias of a mapping used twice repeats the anchored mapping, located as written")
  func mappingAliasTwice() {
    #expect(
      read("a: &m {k: v}\nb: *m\nc: [*m]\n")
        == "{a@1:1={k@1:8=v@1:11}@1:4 b@2:1={k@1:8=v@1:11}@1:4 c@3:1=[{k@1:8=v@1:11}@1:4]@3:4}@1:1")
  }

  @Test("scalars stay as written: quoted, block and null-like")
  func scalars() {
    #expect(
      read("a: 'no'\nb: |\n  x\nc: ~\nd:\ne: 012\n")
        == "{a@1:1='no'@1:4 b@2:1='x\n'@2:4 c@4:1=~@4:4 d@5:1=~@5:3 e@6:1=012@6:4}@1:1")
  }

  @Test("a duplicate key inside a mapping with a merge key is found at its second occurrence")
  func duplicateBesideMerge() {
    #expect(
      read("d: &d {k: 1}\nm:\n  <<: *d\n  k: 2\n  j: 0\n  k: 3\n")
        == "f:6:3 duplicate key 'k' in a mapping")
  }

  @Test("a duplicate key inside an anchored mapping is found before it is merged")
  func duplicateInsideMergedSource() {
    #expect(read("d: &d {k: 1, k: 2}\nm: {<<: *d}\n") == "f:1:14 duplicate key 'k' in a mapping")
  }

  @Test("a merged key does not count as a duplicate of an explicit one; two merge keys do")
  func mergeKeyDuplicates() {
    #expect(read("d: &d {k: 1}\nm: {<<: *d, k: 2}\n").hasPrefix("{d@1:1="))
    #expect(
      read("d: &d {k: 1}\nm:\n  <<: *d\n  <<: *d\n") == "f:4:3 duplicate key '<<' in a mapping")
  }

  @Test("of several duplicated keys, the first in text order is named; a repeated list key too")
  func severalDuplicates() {
    #expect(read("b: 1\na: 1\nb: 2\na: 2\n") == "f:4:1 duplicate key 'a' in a mapping")
    #expect(read("? [a]\n: 1\n? [a]\n: 2\n") == "f:3:3 duplicate key '<a list>' in a mapping")
  }

  @Test("a second document, an undefined alias and an alias to itself are syntax errors")
  func composerErrors() {
    #expect(read("a: 1\n--- \nb: 2\n") == "f:2:1 YAML syntax: but found another document")
    #expect(read("a: *x\n") == "f:1:4 YAML syntax: found undefined alias")
    #expect(read("a: &x [*x]\n") == "f:1:8 YAML syntax: found undefined alias")
  }

  @Test("a syntax error after an alias bomb is reported, not the bomb")
  func syntaxBeforeBudget() {
    var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    for level in 1...8 {
      let refs = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
      lines.append("a\(level): &a\(level) [\(refs)]")
    }
    #expect(read(lines.joined(separator: "\n")).hasSuffix("nodes"))
    #expect(read(lines.joined(separator: "\n") + "\nz: [\n").contains("YAML syntax"))
  }

  @Test("a control character is located by line and column after non-ASCII text and CRLF lines")
  func controlCharacterPosition() {
    #expect(
      read("a: 1\r\nb: é\r\nc: é\u{7}\r\n")
        == "f:3:5 cannot read the file: control characters are not allowed")
  }
}

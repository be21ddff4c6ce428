import Mustache
import Testing

@testable import ReadinessRender

/// Escaping works on bytes, so a quote followed by a combining mark, one grapheme, is escaped
/// too; swift-mustache 2.1.1, escaping by `Character`, left it raw.
@Suite("byte-level HTML escaping")
struct ByteEscapingTests {
  static let quoteAndMark = "x'\u{301} <\u{301} &\u{301} \"\u{301}"

  static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

  static func contains(_ page: [UInt8], _ text: String) -> Bool {
    let needle = bytes(text)
    guard page.count >= needle.count else { return false }
    return (0...(page.count - needle.count)).contains {
      page[$0..<$0 + needle.count].elementsEqual(needle)
    }
  }

  @Test("a quote, <, & or \" followed by a combining mark is escaped")
  func combiningMarks() throws {
    var out: [UInt8] = []
    HTMLEscape.append(Self.quoteAndMark, to: &out)
    #expect(out == Self.bytes("x&#39;\u{301} &lt;\u{301} &amp;\u{301} &quot;\u{301}"))
    let swiftMustache = try MustacheTemplate(string: "{{x}}").render(["x": Self.quoteAndMark])
    #expect(swiftMustache == Self.quoteAndMark, "swift-mustache 2.1.1 leaves these raw")
  }

  @Test("report.html escapes an inventory string with a quote and a combining mark")
  func reportEscapes() throws {
    let html = try HTMLTestSupport.html(HTMLFixture.assessment(text: { $0 + " q'\u{301}q" }))
    let page = Array(html.utf8)
    #expect(Self.contains(page, "q&#39;\u{301}q"))
    #expect(!Self.contains(page, "q'\u{301}q"))
  }
}

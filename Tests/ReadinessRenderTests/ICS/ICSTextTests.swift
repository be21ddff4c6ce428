import Testing

@testable import ReadinessRender

/// `ICSText.clean` on hostile text, with and without a carriage return (the two paths).
@Suite("ICSText.clean")
struct ICSTextTests {
  static func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

  @Test(
    "markup, quotes, right-to-left, emoji and combining marks pass through unchanged",
    arguments: [
      "<script>alert('x')</script> & \"q\"", "\u{202E}عربي עברית\u{2066}x\u{2069}",
      "👨‍👩‍👧 🇫🇷", "e\u{301}_\u{301}", "a;b,c\\d\ne\tf", String(repeating: "é", count: 5000),
    ])
  func unchanged(text: String) {
    #expect(Self.scalars(ICSText.clean(text)) == Self.scalars(text))
  }

  @Test(
    "a CRLF becomes a line feed; a lone CR, DEL and other controls become U+FFFD",
    arguments: [
      ("a\r\nb", "a\nb"), ("a\r\r\nb\r", "a\u{FFFD}\nb\u{FFFD}"), ("\r\n\r\n", "\n\n"),
      ("x\u{0}y\u{1B}[2Jz\u{7F}", "x\u{FFFD}y\u{FFFD}[2Jz\u{FFFD}"), ("\u{FFFE}", "\u{FFFD}"),
      // Foundation keeps a CRLF that a combining mark follows in one piece, so its CR stays.
      ("a\r\n\u{301}b", "a\u{FFFD}\n\u{301}b"),
    ])
  func replaced(text: String, expected: String) {
    #expect(Self.scalars(ICSText.clean(text)) == Self.scalars(expected))
  }
}

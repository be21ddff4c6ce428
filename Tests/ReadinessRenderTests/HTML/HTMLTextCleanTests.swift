import Testing

@testable import ReadinessRender

/// `HTMLText.clean` returns most text untouched after a byte scan; text with a byte that may
/// start a forbidden code point is decoded. Both must replace exactly what HTML forbids.
@Suite("HTML text clean-up")
struct HTMLTextCleanTests {
  /// Text from code points, since Swift literals refuse noncharacters.
  static func text(_ scalars: [UInt32]) -> String {
    String(String.UnicodeScalarView(scalars.map { Unicode.Scalar($0)! }))
  }

  static let replaced: UInt32 = 0xFFFD

  @Test("text with nothing forbidden comes back as it was, markup, breaks, RTL and emoji included")
  func untouched() {
    for text in [
      "plain <b>&\"'</b> text", "tab\tnew\nline\r\n", "latin é © ß", "عربي \u{202E}rtl\u{202C}",
      "e\u{301} 👋🏽 \u{FEFF} \u{FFFD} \u{E0001}", "",
    ] {
      #expect(HTMLText.clean(text) == text)
    }
  }

  @Test("C0 controls, DEL, C1 controls and noncharacters become U+FFFD, nothing around them")
  func replacedScalars() {
    let forbidden: [UInt32] = [
      0x07, 0x1B, 0x7F, 0x85, 0x9F, 0xFDD0, 0xFDEF, 0xFFFE, 0xFFFF, 0x1FFFE, 0x10FFFF,
    ]
    for scalar in forbidden {
      let input = Self.text([0x61, scalar, 0x1F44B, 0xE9, 0x62])
      #expect(HTMLText.clean(input) == Self.text([0x61, Self.replaced, 0x1F44B, 0xE9, 0x62]))
    }
  }
}

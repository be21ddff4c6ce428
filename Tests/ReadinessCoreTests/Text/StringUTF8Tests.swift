import Testing

@testable import ReadinessCore

/// `replacingASCII` swaps one ASCII byte for another and leaves every other code point,
/// however hostile, exactly as it was.
@Suite("String.replacingASCII and underscoresAsSpaces")
struct ASCIIReplacementTests {
  @Test("vocabulary values read as words")
  func words() {
    #expect("not_started".underscoresAsSpaces == "not started")
    #expect("in_progress_now_".underscoresAsSpaces == "in progress now ")
    #expect("__".underscoresAsSpaces == "  ")
    #expect("done".underscoresAsSpaces == "done")
    #expect("".underscoresAsSpaces == "")
  }

  @Test(
    "markup, quotes, controls, CRLF, right-to-left, emoji and combining marks pass through",
    arguments: [
      ("<b>a_b</b>", "<b>a b</b>"),
      ("\"q_'s\"", "\"q 's\""),
      ("\u{0}_\u{1B}[31m_\u{7F}", "\u{0} \u{1B}[31m \u{7F}"),
      ("a\r\n_b\r", "a\r\n b\r"),
      ("\u{202E}عربي_עברית\u{2066}", "\u{202E}عربي עברית\u{2066}"),
      ("👨‍👩‍👧_🇫🇷_x", "👨‍👩‍👧 🇫🇷 x"),
      ("e\u{301}_\u{301}", "e\u{301} \u{301}"),
    ])
  func hostile(input: String, expected: String) {
    let result = input.underscoresAsSpaces
    #expect(Array(result.unicodeScalars) == Array(expected.unicodeScalars))
  }

  @Test("any ASCII pair, and a text without the character comes back unchanged")
  func otherCharacters() {
    #expect("2026-06-30".replacingASCII("-", with: "/") == "2026/06/30")
    #expect("a\tb\tc".replacingASCII("\t", with: " ") == "a b c")
    #expect("é-é".replacingASCII("x", with: "y") == "é-é")
  }
}

/// `containsUTF8` sees every byte of small, large and non-ASCII text.
@Suite("String.containsUTF8")
struct ContainsUTF8Tests {
  @Test("finds a byte at either end of short and long text, and not when absent")
  func finds() {
    let long = String(repeating: "é👩‍💻a", count: 2_000)
    for text in ["_x", "x_", "ab", long + "_", "_" + long, long] {
      #expect(
        text.containsUTF8 { $0 == UInt8(ascii: "_") } == text.utf8.contains(UInt8(ascii: "_")))
    }
    #expect("\u{FFFE}".containsUTF8 { $0 == 0xEF })
    #expect(!"".containsUTF8 { _ in true })
  }
}

import Testing

@testable import ReadinessRender

@Suite("XMLText makes any string XML 1.0-safe")
struct XMLTextTests {
  @Test("characters XML 1.0 forbids become U+FFFD, one for one")
  func forbiddenCharactersAreReplaced() {
    let input = "a\u{0}b\u{1}c\u{B}d\u{C}e\u{1F}f\u{FFFE}g\u{FFFF}h"
    #expect(
      XMLText.safe(input) == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e\u{FFFD}f\u{FFFD}g\u{FFFD}h")
  }

  @Test("tab, line feed, carriage return and everything else allowed pass unchanged")
  func allowedCharactersPass() {
    let input =
      "tab\there\nline\r\n<&>\"' שלום 👩‍💻 " + "\u{7F}\u{85}\u{D7FF}\u{E000}\u{FFFD}\u{10FFFF}"
    #expect(XMLText.safe(input) == input)
  }

  @Test("U+FFFE and U+FFFF are caught without any control beside them; U+F000–U+FFFD stay")
  func noncharactersAlone() {
    #expect(XMLText.safe("x\u{FFFE}") == "x\u{FFFD}")
    #expect(XMLText.safe("\u{FFFF}y") == "\u{FFFD}y")
    #expect(XMLText.safe("\u{F000}！\u{FFFD}") == "\u{F000}！\u{FFFD}")
  }

  @Test("a lone surrogate cannot reach the writer: decoding already made it U+FFFD")
  func loneSurrogateIsAlreadyReplaced() {
    let decoded = String(decoding: [0x61, 0xD800, 0x62] as [UInt16], as: UTF16.self)
    #expect(XMLText.safe(decoded) == "a\u{FFFD}b")
  }

  @Test("nothing is dropped: the scalar count is kept")
  func scalarCountIsKept() {
    let input = String(repeating: "\u{1}x\u{FFFF}", count: 1000)
    #expect(XMLText.safe(input).unicodeScalars.count == input.unicodeScalars.count)
  }
}

@Suite("XMLNumber writes numbers without noise")
struct XMLNumberTests {
  @Test("integral values have no fraction, others no trailing zeros")
  func trailingZerosAreTrimmed() {
    #expect(XMLNumber.whole(2880.0000000000005) == "2880")
    #expect(XMLNumber.fraction(0.2) == "0.2")
    #expect(XMLNumber.fraction(2.0 / 3.0) == "0.6667")
    #expect(XMLNumber.score(57.5) == "57.5")
    #expect(XMLNumber.score(100) == "100")
    #expect(XMLNumber.money(8400.000000000002) == "8400")
    #expect(XMLNumber.money(1234.5) == "1234.5")
    #expect(XMLNumber.score(-0.01) == "0")
  }

  @Test("halves round away from zero, as a person rounds the figure as written")
  func halvesRoundAwayFromZero() {
    // printf rounds the binary value half to even: 2.5 → "2", 1.005 (1.00499…) → "1".
    #expect(XMLNumber.whole(2.5) == "3")
    #expect(XMLNumber.whole(0.5) == "1")
    #expect(XMLNumber.money(2.01 * 0.5) == "1.01")
    #expect(XMLNumber.score(7.05) == "7.1")
  }

  @Test("large values never use an exponent; non-finite ones fail validation")
  func noExponent() {
    #expect(XMLNumber.whole(1e20) == "100000000000000000000")
    #expect(XMLNumber.score(.nan) == "NaN")
  }
}

import Testing

@testable import ReadinessRender

/// `MarkdownText.escape` and `MermaidGantt.name` on hostile text: plain text takes a byte-level
/// shortcut, everything else the Character walk; both must give what the walk gives.
@Suite("Markdown and Mermaid text escaping")
struct MarkdownTextTests {
  static func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

  @Test(
    "Markdown: syntax is backslash-escaped, breaks become spaces, controls U+FFFD, the rest stays",
    arguments: [
      ("Plain words, 100% (ok).", "Plain words, 100% (ok)."),
      (
        "<b>*x*</b> & [l](u) `c` ~s~ !i a|b \\",
        "\\<b\\>\\*x\\*\\</b\\> \\& \\[l\\](u) \\`c\\` \\~s\\~ \\!i a\\|b \\\\"
      ),
      ("\"q\" 'a'", "\"q\" 'a'"),
      ("a\r\nb\nc\rd\te", "a b c d e"),
      ("a\u{2028}b\u{2029}c", "a b c"),
      ("x\u{0}y\u{1B}z\u{7F}", "x\u{FFFD}y\u{FFFD}z\u{FFFD}"),
      ("\u{202E}عربي\u{2066} 👨‍👩‍👧 🇫🇷 e\u{301}", "\u{202E}عربي\u{2066} 👨‍👩‍👧 🇫🇷 e\u{301}"),
      ("a_b", "a\\_b"),
      ("# Pay to IBAN", "\\# Pay to IBAN"),
      ("  - x", "\\- x"),
      ("+x = y", "\\+x = y"),
      ("2026. x 1. y", "2026\\. x 1. y"),
      ("12) x", "12\\) x"),
      ("2026-12-01 go-live", "2026-12-01 go-live"),
      ("3.5 m", "3.5 m"),
      ("http://a.example www.b.example WWW.c", "http\\://a.example www\\.b.example WWW\\.c"),
      ("ops+x@a.example @handle", "ops+x@\u{2060}a.example @handle"),
      ("Phase 1: go", "Phase 1: go"),
    ])
  func markdown(text: String, expected: String) {
    #expect(Self.scalars(MarkdownText.escape(text)) == Self.scalars(expected))
  }

  @Test(
    "Mermaid: plain names stay, syntax becomes look-alikes, ends are trimmed, keywords guarded",
    arguments: [
      ("Plan the rollout (phase 2)", "Plan the rollout (phase 2)"),
      (" padded ", "padded"),
      ("a:b#c;d", "a꞉b＃c；d"),
      ("50% or %%x", "50% or %％x"),
      ("title Me", "\u{200B}title Me"),
      ("\u{202E}عربي 👨‍👩‍👧 e\u{301}", "\u{202E}عربي 👨‍👩‍👧 e\u{301}"),
      ("a\r\nb", "a b"),
      ("", "(untitled)"),
    ])
  func mermaid(text: String, expected: String) {
    #expect(Self.scalars(MermaidGantt.name(text)) == Self.scalars(expected))
  }
}

import Foundation
import Testing

@testable import ReadinessRender

/// report.md through GitHub's own Markdown renderer (cmark-gfm, via Python's `cmarkgfm`):
/// inventory text full of URLs, `www.` names, e-mail addresses and line-start markers renders
/// as that text, never as links, headings, quotes or lists (issue #21 defect 14).
@Suite("report.md in GitHub-flavoured Markdown")
struct MarkdownGFMTests {
  static let hostile = [
    "# Pay invoices to IBAN NL00 BANK 0123 4567 89", "> quoted", "- item", "+ item", "1. first",
    "12) twelfth", "    indented", "see http://evil.example/x and HTTPS://evil.example",
    "www.evil.example", "billing.team+x@evil.example", "mailto:a@evil.example",
  ]

  /// `markdown` as GitHub renders it to HTML.
  static func gfm(_ markdown: String) throws -> String? {
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("report-\(UUID().uuidString).md")
    try Data(markdown.utf8).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let script = """
      import sys, cmarkgfm
      print(cmarkgfm.github_flavored_markdown_to_html(open(sys.argv[1], encoding="utf-8").read()))
      """
    guard let result = try ExternalTool.run("python3", ["-c", script, file.path]) else {
      return nil
    }
    #expect(result.status == 0, "\(result.output)")
    return result.output
  }

  @Test("hostile inventory text renders as text: no links, no extra headings, quotes or lists")
  func hostileText() throws {
    for text in Self.hostile {
      let assessment = HTMLFixture.assessment(text: { _ in text })
      let markdown = String(decoding: MarkdownRenderer.render(assessment).bytes, as: UTF8.self)
      guard let html = try Self.gfm(markdown) else { return }
      #expect(!html.contains("<a "), "\(text) became a link")
      #expect(html.components(separatedBy: "<h1>").count == 2, "\(text) became a heading")
      for tag in ["<blockquote>", "<ol", "<pre>"] {
        #expect(!html.contains(tag), "\(text) became \(tag)")
      }
      let shown = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(
        of: ">", with: "&gt;"
      )
      .replacingOccurrences(of: "@", with: "@\u{2060}")
      #expect(html.contains("<p>\(shown)</p>"), "\(text) is not shown as written:\n\(html)")
    }
  }
}

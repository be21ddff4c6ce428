import Foundation
import ReadinessCore
import Testing

@testable import ReadinessRender

/// Inventory strings reach the page as text, never as markup, whatever they hold.
@Suite("report.html escaping")
struct HTMLEscapingTests {
  let html: String

  init() throws {
    html = try HTMLTestSupport.html(
      HTMLFixture.assessment(text: { $0 + " " + HTMLFixture.hostile }))
  }

  @Test(
    "markup, quotes and ampersands in inventory strings are escaped in text, attributes and SVG")
  func markupEscaped() {
    #expect(!html.contains("<script"))
    #expect(!html.contains("alert(\"x\")"))
    #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;"))
    let svgTitle = html.range(of: "<title>T-1 Audit message flows &lt;script&gt;")
    #expect(svgTitle != nil, "SVG <title> escapes too")
  }

  @Test("control characters are replaced by U+FFFD; RTL, CJK and emoji stay literal")
  func controlCharactersReplaced() {
    let forbidden = html.unicodeScalars.filter { s in
      (s.value < 0x20 && ![0x09, 0x0A, 0x0D].contains(s.value)) || (0x7F...0x9F).contains(s.value)
    }
    #expect(
      forbidden.isEmpty, "forbidden code points: \(forbidden.map { String($0.value, radix: 16) })")
    #expect(html.contains("\u{FFFD}\u{FFFD}\u{FFFD} مرحبا 用户名 🚀👩‍💻"))
    #expect(html.contains("<td dir=\"auto\">") && html.contains("<bdi>"))
  }

  @Test(
    "a 5,000-character name appears whole in tables and truncated with an ellipsis in the Gantt label"
  )
  func longNames() throws {
    let long = HTMLFixture.assessment(text: { $0 == "Audit message flows" ? HTMLFixture.long : $0 })
    let page = try HTMLTestSupport.html(long)
    #expect(page.contains("<title>T-1 \(HTMLFixture.long)."))
    // Id and name are each isolated (FSI…PDI) so an RTL name cannot reorder the id.
    #expect(page.contains("\u{2068}T-1\u{2069} \u{2068}" + String(repeating: "Ж", count: 15)))
    #expect(page.contains("Ж…\u{2069}</text>"))
  }

  @Test("only plain http(s) evidence links become hrefs; anything else stays text")
  func onlyHTTPLinks() {
    #expect(HTMLText.httpURL("https://wiki.example.com/a?b=c") != nil)
    #expect(HTMLText.httpURL("javascript:alert(1)") == nil)
    #expect(HTMLText.httpURL("https://x.example/\"><script>") == nil)
    #expect(HTMLText.httpURL("ftp://files.example.com/x") == nil)
    #expect(HTMLText.httpURL("https:///nohost") == nil)
    #expect(HTMLText.httpURL("see the minutes") == nil)
  }

  @Test("numbers are formatted with separators and fixed decimals")
  func numbers() {
    #expect(HTMLText.decimal(1234.56) == "1,234.6")
    #expect(Figures.count(2880) == "2,880")
    #expect(MoneyFormat()(2.01 * 0.5, "EUR") == "EUR 1.01")
    #expect(HTMLText.decimal(7.05) == "7.1")
    #expect(MoneyFormat()(8400, "EUR") == "EUR 8,400.00")
    #expect(Figures.percent(fraction: 0.625) == "62.5%")
    #expect(Figures.percent(fraction: 0.2) == "20%")
    #expect(HTMLText.decimal(-3.25) == "−3.3" || HTMLText.decimal(-3.25) == "−3.2")
  }
}

import Foundation
import ReadinessCore
import Testing

@testable import ReadinessRender

@Suite("report.html: the section on changes since the last report")
struct HTMLChangesTests {
  func html(first: Bool = false) throws -> String {
    try HTMLTestSupport.html(HistoryFixture.with(HTMLFixture.assessment(), first: first))
  }

  @Test("the section comes first in <main>, listed in the contents, with every change in words")
  func section() throws {
    let html = try html()
    let main = try #require(html.components(separatedBy: "<main>").last)
    #expect(main.hasPrefix("\n<section id=\"changes\""))
    #expect(html.contains("<li><a href=\"#changes\">Since the last report</a></li>"))
    for text in [
      "<time datetime=\"2026-11-18\">2026-11-18</time>",
      "<th scope=\"row\">Overall</th><td class=\"num\">52.9</td><td class=\"num\">61.2</td><td class=\"num\">+8.3</td>",
      "R-P1 &#39;Audit every message flow that keys on the phone number&#39;: in progress → done"
        + " (50% → 100%)", "MEDIUM New &quot;risk&quot; [new]",
      "HIGH Old &lt;risk&gt; [old]", "LOW → HIGH Regraded [regrade]",
      "Build &amp; ship [t1]: forecast end 2026-11-20 → 2026-11-27, 5 working days later",
      "@acme: requested → claimed", "<td class=\"num\">2,880</td><td class=\"num\">1,440</td>",
    ] {
      #expect(html.contains(text), "missing: \(text)")
    }
  }

  @Test("the first report says there is nothing to compare yet; without a history no section")
  func firstAndNone() throws {
    #expect(try html(first: true).contains("<p>\(ChangesText.nothingToCompare())</p>"))
    let none = try HTMLTestSupport.html(HTMLFixture.assessment())
    #expect(!none.contains("id=\"changes\"") && !none.contains("#changes"))
  }

  @Test("the section fills every slot")
  func noEmptySlots() throws {
    for html in [try html(), try html(first: true)] {
      #expect(!html.contains("{{") && !html.contains("}}"))
      for empty in [
        "=\"\"", "<td></td>", "<th scope=\"row\"></th>", "<li></li>", "<h3></h3>", "<p></p>",
      ] {
        #expect(!html.contains(empty), "empty slot: \(empty)")
      }
    }
  }
}

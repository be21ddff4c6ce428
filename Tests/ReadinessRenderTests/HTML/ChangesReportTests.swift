import ReadinessCore
import Testing

@testable import ReadinessRender

@Suite("diff's text and Markdown")
struct ChangesReportTests {
  let changes = Changes.between(HistoryFixture.before, HistoryFixture.after)

  @Test("Markdown escapes inventory text so it opens no link, emphasis or table cell")
  func markdownEscapes() {
    #expect(
      ChangesReport.escape("a|b *c* [d](e) <f>\nnext") == "a\\|b \\*c\\* \\[d\\](e) \\<f\\> next")
    let text = ChangesReport.markdown(changes, heading: "P: a | b")
    #expect(text.hasPrefix("## P: a \\| b\n"))
    #expect(text.contains("- HIGH Old \\<risk\\> \\[old\\]\n"))
    #expect(text.contains("| Overall | 52.9 | 61.2 | +8.3 | RED → AMBER |\n"))
  }

  @Test("the text lists each group under its heading, cleaned by the caller")
  func text() {
    let text = ChangesReport.text(changes, heading: "P") { $0.uppercased() }
    #expect(
      text.contains(
        "\nSlipped tasks:\n  BUILD & SHIP [T1]: FORECAST END 2026-11-20 → 2026-11-27, 5 WORKING DAYS LATER\n"
      ))
    #expect(text.contains("  20%: 2,880 → 1,440 conversations; EUR 8,400.00 → EUR 8,400.00\n"))
  }
}

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

  @Test("an item is named by id and title, its statuses in words, its completions as percents")
  func itemLine() throws {
    var before = HistoryFixture.before
    before.items = [.init(id: "R-I1", completion: 0.125, status: .blocked)]
    var after = HistoryFixture.after
    after.items = [
      .init(id: "R-I1", completion: 0.25, status: .inProgress),
      .init(id: "R-P1", completion: 0, status: .notStarted),
    ]
    let lines = try #require(
      ChangesText.groups(Changes.between(before, after)).first { $0.title.hasPrefix("Checklist") }
    ).lines
    #expect(
      lines == [
        "R-I1 'BSUID adopted: every system that needs the BSUID stores it': blocked → in progress"
          + " (12.5% → 25%)",
        "R-P1 'Audit every message flow that keys on the phone number': new → not started"
          + " (n/a → 0%)",
      ])
    // The one percent rule: the checklist's figure and the change's read the same.
    #expect(Figures.percent(fraction: 0.125) == "12.5%")
  }

  @Test("diff shows JPY without decimals: its CLDR digits")
  func cldrMoney() {
    var after = HistoryFixture.after
    for i in after.exposure.indices {
      after.exposure[i].spend = [Money(amount: 8400, currency: "JPY")]
    }
    let text = ChangesReport.text(Changes.between(HistoryFixture.before, after), heading: "P") {
      $0
    }
    #expect(text.contains("EUR 8,400.00 → EUR 0.00; JPY 0 → JPY 8,400"))
  }
}

import Foundation
import Testing

/// The Gantt's status column in every shipped language: a status is a word or two ("LATE ·
/// CRITICAL", "default date") that the chart cuts with `…` when it is wider than the column, so
/// each translation is written short enough to be shown whole.
@Suite("report.html: the Gantt's statuses fit their column in every language")
struct GanttLanguageFitTests {
  @Test(
    "no status of the example's Gantt is cut, in any language",
    arguments: ["en"] + LanguageOutputTests.languages)
  func statusesWhole(lang: String) throws {
    let page = try LanguageOutputTests.page(
      "html", "Examples/contact-centre.yaml", lang: lang, ["--no-history", "--as-of", "2026-11-25"])
    let html = try String(contentsOf: page, encoding: .utf8)
    let statuses = html.matches(of: /<text class="status-text [^"]*"[^>]*>([^<]*)<\/text>/)
      .map { String($0.output.1) }
    // The example has late tasks on the critical path, milestones at default and set dates,
    // phases by RAG and tasks done and in progress.
    #expect(Set(statuses).count >= 8, "\(Set(statuses))")
    let cut = statuses.filter { $0.hasSuffix("…") }
    #expect(cut.isEmpty, "cut in \(lang): \(Set(cut).sorted())")
  }
}

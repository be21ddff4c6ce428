import Foundation
import Mustache
import ReadinessCore
import ReadinessInput
import Testing

@testable import ReadinessRender

/// The renderer of our own and swift-mustache render every bundled template to the same bytes
/// from the same `TemplateValue`, for the example inventory, a hostile one and a fixture with
/// every section (history included) filled with hostile text.
@Suite("our renderer and swift-mustache agree on the bundled templates")
struct EngineComparisonTests {
  static let inventories = ["Examples/contact-centre.yaml", "Tests/Fixtures/hostile.yaml"]

  static func assessment(_ path: String) throws -> Assessment {
    let url = HTMLTestSupport.root.appendingPathComponent(path)
    // Files the inventory names (the example's holiday calendar) are read beside it.
    let folder = url.deletingLastPathComponent()
    let loaded = InventoryLoader { name in
      (try? Data(contentsOf: folder.appendingPathComponent(name))) ?? Data()
    }.load(
      try Data(contentsOf: url), fileName: url.lastPathComponent,
      asOf: AsOfChoice(today: AssessmentFixture.day("2026-06-01")))
    let evaluated = try #require(loaded.evaluated, "\(loaded.diagnostics.map(\.message))")
    return Assessor.assess(evaluated)
  }

  @Test("report.html and briefing.html", arguments: inventories)
  func pages(_ path: String) throws {
    try Self.compare(Self.assessment(path))
  }

  @Test("report.html and briefing.html with history and hostile text in every field")
  func fixture() throws {
    try Self.compare(HistoryFixture.with(AssessmentFixture.full()))
  }

  @Test("the portfolio's index.html, with an inventory that did not load, with and without a trend")
  func portfolio() throws {
    var entries = try Self.inventories.enumerated().map { index, name in
      PortfolioEntry(
        try Self.assessment(name), file: name + " <&'\">", folder: "f\(index)",
        report: "f/r.html")
    }
    entries.append(
      PortfolioEntry(invalid: "bad.yaml", folder: "b", problems: ["a <b>", "c & 'd'"]))
    let earlier = PortfolioTrend(
      current: entries, asOf: AssessmentFixture.day("2099-01-01"),
      earlier: [(AssessmentFixture.day("2000-01-01"), Array(entries.dropFirst()))])
    let url = HTMLTestSupport.root.appendingPathComponent("Templates/portfolio/index.mustache")
    let marked = try String(contentsOf: url, encoding: .utf8)
    // The English page: the marks of the fixed texts removed, as `PortfolioHTML` does.
    let text = FixedTexts.replacing(in: marked) { $0 }
    for trend in [nil, earlier] {
      let value = try TemplateEncoder.encode(PortfolioView(entries, trend: trend))
      let ours = try TemplateEngine(text: text, template: try MustacheTemplate(string: text))
        .render(value)
      let theirs = try MustacheTemplate(string: text).render(value.plain)
      #expect(ours == Array(theirs.utf8))
      let page = try PortfolioHTML(template: marked, label: "index").render(entries, trend: trend)
      #expect(ours == Array(page.bytes))
    }
  }

  static func compare(_ assessment: Assessment) throws {
    let templates = TemplateSet(bundled: try HTMLTestSupport.bundledTemplates())
    try compare(HTMLView(assessment, wording: .english), root: "report", templates)
    try compare(BriefingView(assessment, wording: .english), root: "briefing", templates)
  }

  static func compare(_ view: some Encodable, root: String, _ templates: TemplateSet) throws {
    let value = try TemplateEncoder.encode(view)
    let library = try templates.library()
    let ours = try #require(
      try TemplateEngine(root: root, texts: templates.texts(), library: library).render(value))
    let theirs = try #require(library.render(value.plain, withTemplate: root))
    #expect(ours.count > 10_000)
    #expect(
      ours == Array(theirs.utf8),
      "\(root) differs at byte \(zip(ours, theirs.utf8).prefix { $0 == $1 }.count)")
  }
}

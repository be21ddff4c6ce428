import Foundation
import Testing

@testable import ReadinessRender

/// The limits that keep a user's template from overflowing the stack or filling the memory
/// (issue #21 defects 5 and 18): tags read as swift-mustache reads them, nesting depth, and the
/// rendered page's size.
@Suite("template limits")
struct TemplateLimitsTests {
  @Test("tags are read through Set Delimiter changes, which last to the end of their section")
  func tagsThroughDelimiters() {
    let tags = TemplateTags(
      "{{#a}}{{=<% %>=}}<%> one %><%/a%>{{> two}}<%> no %>\n{{<three}}{{$b}}{{/b}}{{/three}}")
    #expect(
      tags.includes == [
        .init(name: "one", depth: 1), .init(name: "two", depth: 0),
        .init(name: "three", depth: 0),
      ])
    #expect(tags.depth == 2)
    #expect(tags.dynamicPartial == nil)
    let dynamic = TemplateTags("<p>\n  {{#x}}{{> *name }}{{/x}}")
    #expect(dynamic.dynamicPartial == .init(text: "*name", line: 2, column: 9))
    #expect(TemplateTags("{{<*parent}}{{/parent}}").dynamicPartial?.text == "*parent")
  }

  @Test("the depth of a page counts sections and partials through every template it includes")
  func depthThroughPartials() throws {
    let nested = { (count: Int, inner: String) in
      String(repeating: "{{#x}}", count: count) + inner + String(repeating: "{{/x}}", count: count)
    }
    #expect(
      HTMLTestSupport.refusal([
        "report.mustache": nested(60, "{{> a}}"), "a.mustache": nested(39, ""),
      ]) == nil)
    #expect(
      HTMLTestSupport.refusal([
        "report.mustache": nested(60, "{{> a}}"), "a.mustache": nested(40, ""),
      ])
        == .tooDeep(
          file: "/my/report.mustache", chain: ["report.mustache", "a.mustache"], depth: 101,
          limit: 100))
  }

  @Test("a page past the output limit is refused naming its template, with either engine")
  func outputLimit() throws {
    // The fixture's four flows, six deep: 4,096 paragraphs.
    let sixDeep =
      String(repeating: "{{#flows}}", count: 6) + "<p>{{name}}</p>"
      + String(repeating: "{{/flows}}", count: 6)
    for prefix in ["", "{{=<% %>=}}<%={{ }}=%>"] {
      let templates = TemplateSet(
        bundled: try HTMLTestSupport.bundledTemplates(),
        overrides: ["report.mustache": prefix + sixDeep], overrideLabel: "/my/",
        outputLimit: 64 << 10)
      #expect(throws: TemplateError.outputTooLarge(file: "/my/report.mustache", limit: 64 << 10)) {
        try HTMLRenderer(templates: templates).render(HTMLFixture.assessment())
      }
    }
    let bundled = TemplateSet(bundled: try HTMLTestSupport.bundledTemplates())
    #expect(bundled.outputLimit == 512 << 20)
    #expect(try HTMLRenderer(templates: bundled).render(HTMLFixture.assessment()).bytes.count > 0)
    #expect(
      TemplateError.outputTooLarge(file: "a.mustache", limit: 512 << 20).description
        == "a.mustache: error: the rendered page exceeds 512 MiB (limit 536870912 bytes)")
  }

  @Test("the portfolio's index template is held to the same limits")
  func portfolioTemplate() {
    let deep =
      String(repeating: "{{#clients}}", count: 10_000)
      + String(repeating: "{{/clients}}", count: 10_000)
    #expect(
      throws: TemplateError.tooDeep(
        file: "/t/index.mustache", chain: ["index.mustache"], depth: 10_000, limit: 100)
    ) { try PortfolioHTML(template: deep, label: "/t/index.mustache") }
    #expect(
      throws: TemplateError.dynamicPartial(
        file: "/t/index.mustache", line: 1, column: 1, name: "*name")
    ) { try PortfolioHTML(template: "{{>*name}}", label: "/t/index.mustache") }
  }
}

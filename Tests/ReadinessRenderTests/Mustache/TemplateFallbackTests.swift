import Testing

@testable import ReadinessRender

/// A user's template that uses more of Mustache than the renderer of our own covers is rendered
/// by swift-mustache, from the same view.
@Suite("templates beyond the subset fall back to swift-mustache")
struct TemplateFallbackTests {
  @Test(
    "set delimiters, a triple mustache or an ampersand in an override render as swift-mustache renders them",
    arguments: [
      "{{=<% %>=}}<p class=\"x\"><%&title%></p>\n", "<p class=\"x\">{{{title}}}</p>\n",
      "<p class=\"x\">{{&title}}</p>\n",
    ])
  func overrideBeyondSubset(_ headline: String) throws {
    let assessment = HTMLFixture.assessment(text: { $0 + " <b>" })
    let html = try HTMLTestSupport.html(
      assessment, overrides: ["partials/headline.mustache": headline])
    #expect(html.contains("<p class=\"x\">") && html.contains(" <b>: username and BSUID readiness"))
    #expect(
      html.contains(" &lt;b&gt;: username and BSUID readiness"),
      "{{title}} elsewhere is still escaped")
  }

  @Test("a transform counts as beyond the subset")
  func transform() throws {
    let html = try HTMLTestSupport.html(
      HTMLFixture.assessment(),
      overrides: ["partials/headline.mustache": "<p class=\"x\">{{uppercased(asOf)}}</p>\n"])
    #expect(html.contains("<p class=\"x\">2026-"))
    #expect(throws: MustacheParser.Unsupported.self) {
      try MustacheParser.parse("{{uppercased(x)}}")
    }
  }
}

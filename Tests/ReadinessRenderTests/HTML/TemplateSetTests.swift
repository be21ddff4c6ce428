import Foundation
import ReadinessCore
import Testing

@testable import ReadinessRender

/// User-editable templates: overrides, fallbacks, located parse errors, and every slot filled.
@Suite("HTML templates")
struct TemplateSetTests {
  @Test(
    "an override replaces its bundled template; a template missing from the override folder falls back"
  )
  func overrideAndFallback() throws {
    let html = try HTMLTestSupport.html(
      HTMLFixture.assessment(),
      overrides: [
        "partials/decisions.mustache":
          "<section id=\"decisions\"><p>OURS {{hasDecisions}}</p></section>"
      ])
    #expect(html.contains("<p>OURS true</p>"))
    #expect(html.contains("id=\"timeline\""), "the bundled gantt partial still renders")
    #expect(!html.contains("Decisions recorded in the inventory"))
  }

  @Test("a broken template names its file, line and column")
  func brokenTemplate() throws {
    let broken = "<p>\n{{#hasRisks}}\n  <b>x</b>\n{{/hasDecisions}}\n"
    #expect {
      _ = try HTMLRenderer(
        templates: TemplateSet(
          bundled: try HTMLTestSupport.bundledTemplates(),
          overrides: ["partials/risks.mustache": broken],
          overrideLabel: "/my/templates/"))
    } throws: { error in
      guard case .parse(let file, let line, let column, _) = error as? TemplateError else {
        return false
      }
      return file == "/my/templates/partials/risks.mustache" && line == 4 && column >= 1
    }
    let message = TemplateError.parse(file: "a.mustache", line: 4, column: 2, message: "x")
      .description
    #expect(message.hasPrefix("a.mustache:4:2: error:"))
  }

  @Test(
    "a template that includes itself, or partials that include each other, is refused naming the cycle"
  )
  func partialCycles() throws {
    #expect(
      HTMLTestSupport.refusal(["report.mustache": "<p>{{> report}}</p>"])
        == .partialCycle(
          file: "/my/report.mustache", chain: ["report.mustache", "report.mustache"]))
    #expect(
      HTMLTestSupport.refusal([
        "partials/a.mustache": "{{>partials/b}}",
        "partials/b.mustache": "{{#x}}{{> partials/a }}{{/x}}",
      ])
        == .partialCycle(
          file: "/my/partials/a.mustache",
          chain: ["partials/a.mustache", "partials/b.mustache", "partials/a.mustache"]))
    #expect(
      HTMLTestSupport.refusal([
        "partials/a.mustache": "{{> partials/b}} {{> partials/b}} {{> nothing}}"
      ]) == nil)
    let message = TemplateError.partialCycle(
      file: "/my/a.mustache", chain: ["a.mustache", "a.mustache"])
    #expect(
      message.description
        == "/my/a.mustache: error: templates include each other without end: a.mustache → a.mustache"
    )
  }

  @Test("a set without the report template is an error, not an empty page")
  func missingRoot() throws {
    let renderer = try HTMLRenderer(templates: TemplateSet(bundled: ["other.mustache": "x"]))
    #expect(throws: TemplateError.missingTemplate("report")) {
      try renderer.render(HTMLFixture.assessment())
    }
  }

  @Test("bundled templates use only escaped {{ }} tags, never triple mustaches or &-unescaping")
  func noUnescapedTags() throws {
    for (path, text) in try HTMLTestSupport.bundledTemplates() {
      #expect(!text.contains("{{{") && !text.contains("{{&"), "\(path) renders unescaped text")
    }
  }

  @Test(
    "every tag in every bundled template names a view-model field (Mirror lookups fail silently)")
  func everyTagResolves() throws {
    var labels: Set<String> = []
    func collect(_ value: Any, depth: Int = 0) {
      guard depth < 8 else { return }
      for child in Mirror(reflecting: value).children {
        if let label = child.label { labels.insert(label) }
        if let array = child.value as? [Any] {
          for element in array.prefix(3) { collect(element, depth: depth + 1) }
        } else {
          collect(child.value, depth: depth + 1)
        }
      }
    }
    // With the PM's commentary and an issue, whose slots exist only when they are given.
    func controlled(_ a: Assessment) -> Assessment {
      var a = a
      a.commentary = Commentary(summary: "s", achievements: ["a"], nextSteps: ["n"], asks: ["k"])
      a.issues = [ProgrammeIssue(id: "i1", title: "t", severity: .high)]
      return a
    }
    collect(
      HTMLView(
        controlled(BaselineFixture.with(HistoryFixture.with(HTMLFixture.assessment()))),
        wording: .english))
    collect(
      BriefingView(
        controlled(HistoryFixture.with(BriefingTestSupport.crowded(6))), wording: .english))
    // Every page's view is wrapped with the paper it prints on.
    collect(PrintedView(view: 0, paper: .a4))
    let tag = try Regex(#"\{\{\s*([#^/]?)\s*([A-Za-z0-9_.]+)\s*\}\}"#)
    for (path, marked) in try HTMLTestSupport.bundledTemplates() {
      // `{{#t}}…{{/t}}` marks a fixed text for translation, not a field.
      let text = FixedTexts.replacing(in: marked) { $0 }
      for match in text.matches(of: tag) {
        let name = String(text[match.range]).trimmingCharacters(
          in: CharacterSet(charactersIn: "{}#^/ "))
        for part in name.split(separator: ".") {
          #expect(labels.contains(String(part)), "\(path): {{\(name)}} matches no view-model field")
        }
      }
    }
  }

  @Test("every bundled template renders with no leftover {{ and no empty required slot")
  func noEmptySlots() throws {
    let html = try HTMLTestSupport.html(HTMLFixture.assessment())
    let leftover = html.contains("{{") || html.contains("}}")
    #expect(!leftover, "leftover mustache tags")
    let empties = [
      "=\"\"", "<td></td>", "<th scope=\"row\"></th>", "<bdi></bdi>", "<li></li>",
      "<title></title>",
      "<caption></caption>", "<h1 dir=\"auto\"></h1>", "<h3></h3>", "<p></p>", "</time>:", "()",
      "-\"",
    ]
    for empty in empties {
      let found = html.contains(empty)
      #expect(!found, "empty slot: \(empty)")
    }
    let emptyText = try Regex(#"<text class="(?!cell)[^"]*"[^>]*></text>"#)
    let match = html.firstMatch(of: emptyText).map { String(html[$0.range]) }
    #expect(match == nil, "an SVG label rendered empty: \(match ?? "")")
    for partial in try HTMLTestSupport.bundledTemplates().keys where partial.hasPrefix("partials/")
    {
      let name = String(partial.dropFirst("partials/".count).dropLast(".mustache".count))
      #expect(
        try HTMLTestSupport.bundledTemplates()["report.mustache"]?.contains(
          "{{> partials/\(name)}}") == true,
        "\(partial) is never used")
    }
  }
}

import Foundation
import ReadinessCore
import Testing

@testable import ReadinessRender

/// report.md: its sections and tables, Markdown escaping of inventory text, and a Mermaid gantt
/// whose every line parses as what it stands for.
@Suite("report.md")
struct MarkdownRendererTests {
  static func markdown(_ a: Assessment) -> String {
    String(decoding: MarkdownRenderer.render(a).bytes, as: UTF8.self)
  }

  @Test(
    "headline, phases, changes, top risks, issues, actions by owner and the gantt, in that order")
  func structure() {
    let md = Self.markdown(HistoryFixture.with(BriefingTestSupport.crowded(3)))
    let headings = md.split(separator: "\n").filter { $0.hasPrefix("## ") }.map {
      String($0.prefix(14))
    }
    #expect(
      headings == [
        "## Phases", "## Since the l", "## Top open ri", "## Issues", "## Actions by ",
        "## Timeline",
      ])
    #expect(
      md.hasPrefix(
        "# Acme Telecom: WhatsApp usernames readiness\n\nAcme Telecom plc\n\nUsername and BSUID readiness as of 2026-05-20.\n"
      ))
    #expect(md.contains("**Overall 51.7 of 100, RED.** red: phase planning is red"))
    #expect(md.contains("| Implementation | 2026-01-01 to 2026-06-30 | 55.0 | 77.3 | AMBER |"))
    // 4 open in the fixture + 3: five listed, two counted.
    let riskRows = md.split(separator: "\n").filter {
      $0.hasPrefix("| CRITICAL") || $0.hasPrefix("| HIGH") || $0.hasPrefix("| MEDIUM")
    }
    #expect(riskRows.count == 5)
    #expect(md.contains("and 2 more open risks in report.html."))
    #expect(md.contains("## Actions by owner, 2026-05-20 to 2026-06-03"))
    #expect(md.contains("```mermaid\ngantt\n"))
    #expect(md.hasSuffix("```\n"))
  }

  @Test(
    "without a history there is no changes section; the first report says there is nothing to compare"
  )
  func changes() {
    #expect(!Self.markdown(HTMLFixture.assessment()).contains("## Since the last report"))
    let first = Self.markdown(HistoryFixture.with(HTMLFixture.assessment(), first: true))
    #expect(first.contains("## Since the last report\n\n\(ChangesText.nothingToCompare())\n"))
  }

  @Test("the gantt has a section per phase with tasks, done/active/crit tags and milestones")
  func gantt() {
    let md = Self.markdown(HTMLFixture.assessment())
    #expect(md.contains("    section Planning\n"))
    #expect(md.contains("    section Implementation\n"))
    #expect(md.contains("    section Milestones\n"))
    #expect(md.contains(":done, "))
    #expect(md.contains(":active, "))
    #expect(md.contains("crit, "))
    #expect(md.contains("    Business usernames claimable :milestone, m3, 2026-06-29, 0d"))
  }

  @Test("a table cell cannot be split or turned into markup by inventory text")
  func tableEscaping() {
    let md = Self.markdown(
      HTMLFixture.assessment(text: { $0 + " a|b `code` <b>x</b> *em* [l](u) &amp;\nnext" }))
    #expect(!md.contains("<b>") && !md.contains("</b>"))
    #expect(md.contains("a\\|b \\`code\\` \\<b\\>x\\</b\\> \\*em\\* \\[l\\](u) \\&amp; next"))
    // Phases has 6 columns, risks 5: a row has one more unescaped pipe than it has cells.
    for line in md.split(separator: "\n") where line.hasPrefix("| ") {
      let cells = line.replacingOccurrences(of: "\\|", with: "").count { $0 == "|" } - 1
      #expect(cells == 6 || cells == 5, "\(line)")
    }
  }

  @Test("a hostile name becomes a Mermaid name that keeps its words but not : # ; quotes or %%")
  func mermaidNames() {
    #expect(
      MermaidGantt.name("Go: live #1; \"now\" it's 100%% done\nreally")
        == "Go꞉ live ＃1； ”now” it’s 100%％ done really")
    #expect(MermaidGantt.name("section Sneaky") == "\u{200B}section Sneaky")
    #expect(MermaidGantt.name("Click here") == "\u{200B}Click here")
    #expect(MermaidGantt.name("  ") == "(untitled)")
    #expect(MermaidGantt.name("`x` <b>") == "’x’ ‹b›")
  }

  @Test("every gantt line of a hostile plan is a statement Mermaid's gantt lexer reads as intended")
  func mermaidLines() throws {
    let hostile = { (s: String) in
      "section " + s + ": #x; \"q\" 'a' %% `b`\ntitle " + HTMLFixture.hostile
    }
    let md = Self.markdown(HTMLFixture.assessment(text: hostile))
    let block = try #require(
      md.components(separatedBy: "```mermaid\n").last?.components(separatedBy: "\n```").first)
    let lines = block.split(separator: "\n").map(String.init)
    #expect(lines.first == "gantt")
    let task = try Regex(
      #"^    ([^:\n#;%"'`]|%(?!%))+ :((done|active|crit|milestone), )*(t|m)\d+, \d{4}-\d\d-\d\d, \d+d$"#
    )
    var tasks = 0
    for line in lines.dropFirst() {
      if line.hasPrefix("    section ") {
        #expect(
          ["Planning", "Implementation", "Testing & launch", "Milestones"].contains(
            line.dropFirst(12)))
      } else if line.hasPrefix("    title ") || line.hasPrefix("    dateFormat ")
        || line.hasPrefix("    axisFormat ")
      {
        #expect(
          !line.dropFirst(4).contains { "#;:".contains($0) } || line.hasPrefix("    axisFormat "))
      } else {
        tasks += 1
        #expect(line.wholeMatch(of: task) != nil, "\(line)")
        let name = line.dropFirst(4).lowercased()
        #expect(!MermaidGantt.keywords.contains { name.hasPrefix($0) }, "\(line)")
      }
    }
    #expect(tasks > 5)
  }
}

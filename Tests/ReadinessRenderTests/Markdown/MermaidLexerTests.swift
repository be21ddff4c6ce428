import Testing

@testable import ReadinessRender

/// Task names through the rules of Mermaid's gantt lexer (gantt.jison, in its order: the first
/// rule that matches wins, case-insensitive): each name must be read as one task text, never as
/// a comment, a `call` callback, a date or another statement (issue #21 defect 15).
@Suite("Mermaid gantt lexer")
struct MermaidLexerTests {
  /// The lexer's rules that can match where a task line's text starts, in order; `taskTxt` last.
  static let rules: [(name: String, pattern: String)] = [
    ("directive", #"%%\{"#), ("accTitle", #"accTitle\s*:\s*"#),
    ("accDescr", #"accDescr\s*:\s*"#), ("accDescr{", #"accDescr\s*\{\s*"#),
    ("comment %%", #"%%[^\n]*"#), ("comment x%", #"[^}]%%*[^\n]*"#),
    ("comment %", #"%%*[^\n]*[\n]*"#), ("NL", #"[\n]+"#), ("space", #"\s+"#),
    ("comment #", #"#[^\n]*"#), ("href", #"href[\s]+[\"]"#), ("call", #"call[\s]+"#),
    ("click", #"click[\s]+"#), ("gantt", "gantt"), ("dateFormat", #"dateFormat\s[^#\n;]+"#),
    ("inclusiveEndDates", "inclusiveEndDates"), ("topAxis", "topAxis"),
    ("axisFormat", #"axisFormat\s[^#\n;]+"#), ("tickInterval", #"tickInterval\s[^#\n;]+"#),
    ("includes", #"includes\s[^#\n;]+"#), ("excludes", #"excludes\s[^#\n;]+"#),
    ("todayMarker", #"todayMarker\s[^\n;]+"#), ("weekday", #"weekday\s[^#\n;]+"#),
    ("weekend", #"weekend\s[^#\n;]+"#), ("date", #"[0-9]{4}-[0-9]{2}-[0-9]{2}"#),
    ("title", #"title\s[^#\n;]+"#), ("accDescription", #"accDescription\s[^#\n;]+"#),
    ("section", #"section\s[^#:\n;]+"#), ("taskTxt", #"[^#:\n;]+"#),
  ]

  /// The rule the lexer applies at the start of `text`, and what it reads.
  static func firstToken(_ text: String) throws -> (rule: String, token: String)? {
    for (name, pattern) in rules {
      let regex = try Regex(pattern).ignoresCase()
      if let match = try regex.prefixMatch(in: text) {
        return (name, String(match.output[0].substring ?? ""))
      }
    }
    return nil
  }

  @Test(
    "ordinary titles read as task text",
    arguments: [
      "Call the BSP about the migration", "call\tback", "2026-12-01 go-live", "5% canary release",
      "% done", "%% not a comment", "%%{init: x}%%", "}% odd", "Click here", "section x",
      "title x", "accTitle: x", "accDescr{ x", "href \"x\"", "Weekday plan", "topAxis",
      "Plain task", "TODAYMARKER off", "1999-01-01",
    ])
  func taskText(title: String) throws {
    let name = MermaidGantt.name(title)
    let line = name + " :t1, 2026-01-01, 1d"
    let token = try #require(try Self.firstToken(line))
    #expect(token.rule == "taskTxt", "\(title) → \(name) is read as \(token.rule)")
    #expect(token.token == name + " ")
    #expect(name.replacingOccurrences(of: "\u{200B}", with: "").contains(title.prefix(1)))
  }

  @Test("a plain name is left as it is")
  func plainNames() {
    for title in ["Plain task", "Migrate 2026-12-01", "Phase 5 at 5%", "Recall numbers"] {
      #expect(MermaidGantt.name(title) == title)
    }
  }
}

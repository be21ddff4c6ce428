import Foundation
import ReadinessCore

/// The plan as a Mermaid `gantt` block: a section per phase with each task's forecast dates,
/// tagged `done`, `active` and `crit`, and a section of programme milestones.
///
/// Mermaid reads a task line as its name up to the first `:`, then data up to `#`, `;` or the
/// end of the line; `%%` starts a comment anywhere, a line whose first or second character is
/// `%` is a comment too, and a line opening with a keyword (`section`, `title`, `click`, `call`…)
/// or a date (`2026-12-01`) is that statement or token. `name` keeps any inventory text inside
/// those rules (the lexer of Mermaid's gantt.jison), so every line parses as the task it stands
/// for.
enum MermaidGantt {
  /// Words Mermaid reads as a statement when a line starts with them.
  static let keywords = [
    "gantt", "dateformat", "inclusiveenddates", "topaxis", "axisformat", "tickinterval",
    "includes", "excludes", "todaymarker", "weekday", "weekend", "title", "acctitle", "accdescr",
    "section", "click", "displaymode", "call", "href",
  ]

  /// The fenced block, ending in a line break; section names and Meta's milestone titles in
  /// `wording`'s language (Mermaid writes the axis's month names itself, in English).
  static func block(_ a: Assessment, wording: Wording = .english) -> String {
    var lines = [
      "```mermaid", "gantt", "    title \(name(a.programme.name))", "    dateFormat YYYY-MM-DD",
      "    axisFormat %d %b",
    ]
    var number = 0
    for phase in PhaseID.allCases {
      let tasks = a.schedule.tasks.filter { $0.task.phase == phase }
      guard !tasks.isEmpty else { continue }
      lines.append("    section \(name(wording(WordMessages.phaseName(phase))))")
      for t in tasks {
        number += 1
        lines.append("    \(name(t.task.title)) :\(data(t, id: "t\(number)"))")
      }
    }
    if !a.schedule.milestones.isEmpty {
      lines.append("    section \(name(wording(MarkdownMessages.milestones)))")
      for (i, m) in a.schedule.milestones.enumerated() {
        lines.append(
          "    \(name(wording(m.titleMessage))) :milestone, m\(i + 1), \(m.date.iso), 0d")
      }
    }
    return (lines + ["```"]).joined(separator: "\n") + "\n"
  }

  /// Tags, id, forecast start and length in calendar days (Mermaid's end is exclusive).
  static func data(_ t: ScheduledTask, id: String) -> String {
    var tags: [String] = []
    let done = t.task.status == .done || t.task.progress >= 100
    if done {
      tags.append("done")
    } else if t.task.status == .inProgress || t.task.progress > 0 {
      tags.append("active")
    }
    if t.forecastCritical && !done { tags.append("crit") }
    if t.task.milestone { tags.append("milestone") }
    let days = t.task.milestone ? 0 : t.forecastEnd.ordinal - t.forecastStart.ordinal + 1
    return (tags + [id, t.forecastStart.iso, "\(days)d"]).joined(separator: ", ")
  }

  /// `text` as a task name or title Mermaid reads literally: `:` `#` `;` and quotes become
  /// their look-alikes (꞉ ＃ ； ” ’), so do angle brackets (‹ ›) that would be HTML, `%%` is broken up, line breaks and backticks go, and a name
  /// that would read as a keyword or a date gets a zero-width space in front, one with `%` as
  /// its first or second character two (the lexer skips any character but `}` before a `%`
  /// as a comment). Never empty.
  static func name(_ text: String) -> String {
    let clean = HTMLText.clean(text)
    let named = isPlain(clean) ? clean : literal(clean)
    if named.prefix(2).contains("%") { return "\u{200B}\u{200B}" + named }
    let lower = named.lowercased()
    if keywords.contains(where: { lower.hasPrefix($0) }) || startsWithDate(named) {
      return "\u{200B}" + named
    }
    return named
  }

  /// Whether `text` starts like `2026-12-01`, which the lexer reads as a date token.
  private static func startsWithDate(_ text: String) -> Bool {
    let head = Array(text.utf8.prefix(10))
    guard head.count == 10 else { return false }
    return head.indices.allSatisfy { index in
      index == 4 || index == 7
        ? head[index] == UInt8(ascii: "-")
        : (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(head[index])
    }
  }

  /// `text` with Mermaid's syntax characters swapped for look-alikes, line breaks as spaces,
  /// trimmed; "(untitled)" when nothing is left.
  private static func literal(_ text: String) -> String {
    var out = ""
    for character in text {
      if let lookalike = lookalikes[character] {
        out.append(lookalike)
      } else if character == "%" && out.last == "%" {
        out.append("％")
      } else if character.isNewline || character == "\t" {
        out.append(" ")
      } else {
        out.append(character)
      }
    }
    let trimmed = out.trimmingCharacters(in: .whitespaces)
    return trimmed.isEmpty ? "(untitled)" : trimmed
  }

  /// True when `literal` would return `text` unchanged: printable ASCII without Mermaid's
  /// syntax characters, neither empty nor starting or ending with a space. Most names are.
  private static func isPlain(_ text: String) -> Bool {
    guard let first = text.utf8.first, let last = text.utf8.last,
      first != UInt8(ascii: " "), last != UInt8(ascii: " ")
    else { return false }
    return text.utf8.allSatisfy { plainBytes[Int($0)] }
  }

  /// Mermaid's syntax characters and the look-alikes `literal` writes for them.
  private static let lookalikes: [Character: Character] = [
    ":": "꞉", "#": "＃", ";": "；", "\"": "”", "'": "’", "`": "’", "<": "‹", ">": "›",
  ]

  /// For each byte value, whether `literal` keeps it as it is wherever it stands: printable
  /// ASCII but for `lookalikes` and `%`; made from `lookalikes` so the two cannot disagree.
  private static let plainBytes: [Bool] = (0...255).map { byte in
    (0x20...0x7E).contains(byte) && byte != Int(UInt8(ascii: "%"))
      && !lookalikes.keys.contains { $0.asciiValue.map(Int.init) == byte }
  }
}

/// How the PM's commentary changed between two snapshots: the summary then and now, and the
/// lines added to and dropped from each list. Nil (in `Changes`) when nothing changed.
public struct CommentaryChange: Sendable, Equatable {
  /// The summaries then and now, when they differ.
  public var summary: (from: String?, to: String?)?
  /// Lines added and dropped, by list: "Achievements", "Next steps", "Asks".
  public var added: [(list: String, line: String)]
  public var dropped: [(list: String, line: String)]

  /// Nil when `previous` and `current` say the same.
  public init?(_ previous: Commentary?, _ current: Commentary?) {
    let before = previous ?? Commentary()
    let now = current ?? Commentary()
    guard before != now else { return nil }
    let (summaryBefore, summaryNow) = (before.summary ?? "", now.summary ?? "")
    summary =
      summaryBefore == summaryNow
      ? nil : (summaryBefore.isEmpty ? nil : summaryBefore, summaryNow.isEmpty ? nil : summaryNow)
    let lists = [
      ("Achievements", before.achievements, now.achievements),
      ("Next steps", before.nextSteps, now.nextSteps), ("Asks", before.asks, now.asks),
    ]
    added = lists.flatMap { name, then, now in
      now.filter { !then.contains($0) }.map { (name, $0) }
    }
    dropped = lists.flatMap { name, then, now in
      then.filter { !now.contains($0) }.map { (name, $0) }
    }
  }

  public static func == (a: CommentaryChange, b: CommentaryChange) -> Bool {
    a.summary?.from == b.summary?.from && a.summary?.to == b.summary?.to
      && a.added.map(\.line) == b.added.map(\.line) && a.added.map(\.list) == b.added.map(\.list)
      && a.dropped.map(\.line) == b.dropped.map(\.line)
      && a.dropped.map(\.list) == b.dropped.map(\.list)
  }

  /// The change in words, one line each: `summary: "…" → "…"`, `Asks: added "…"`.
  public var lines: [String] { messages.map(\.english) }

  public var messages: [Message] {
    typealias M = CommentaryMessages
    func quoted(_ text: String?) -> MessageArgument {
      text.map { .message(Message(M.quoted, ["line": .text($0)])) } ?? .word(WordMessages.none)
    }
    func line(_ key: MessageKey, _ entry: (list: String, line: String)) -> Message {
      let list = M.lists[entry.list].map { MessageArgument.word($0) } ?? .text(entry.list)
      return Message(key, ["list": list, "line": .text(entry.line)])
    }
    var lines: [Message] = []
    if let summary {
      lines.append(Message(M.summary, ["from": quoted(summary.from), "to": quoted(summary.to)]))
    }
    return lines + added.map { line(M.added, $0) } + dropped.map { line(M.dropped, $0) }
  }
}

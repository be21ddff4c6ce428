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
  public var lines: [String] {
    var lines: [String] = []
    if let summary {
      lines.append(
        "summary: \(summary.from.map { "“\($0)”" } ?? "none") → \(summary.to.map { "“\($0)”" } ?? "none")"
      )
    }
    lines += added.map { "\($0.list): added “\($0.line)”" }
    lines += dropped.map { "\($0.list): dropped “\($0.line)”" }
    return lines
  }
}

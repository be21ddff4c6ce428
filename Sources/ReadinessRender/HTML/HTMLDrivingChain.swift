import ReadinessCore

/// The driving chain for a headline: the forecast critical path that ends at the forecast
/// finish, first to last, by task title; long chains show their first and last steps.
public struct HTMLDrivingChain: Encodable, Sendable {
  /// One step; `last` ends the chain (no arrow after it); `skipped` steps were left out just
  /// before it.
  struct Step: Encodable, Sendable {
    let title: String
    let id: String
    let last: Bool
    let skipped: Int?
  }

  public let hasChain: Bool
  let steps: [Step]
  /// The chain as one line of plain text (report.md, the terminal).
  public let text: String

  /// Steps shown before the chain is cut: the first ones and the last.
  public static let shown = 4

  /// The chain of `schedule`, cut to `shown` steps (the first ones and the last) when it is
  /// longer by two or more, each title passed through `clip`; `text` in `language`.
  public init(
    _ schedule: Schedule, shown: Int = shown, in language: any MessageLanguage = EnglishLanguage(),
    clip: (String) -> String
  ) {
    let chain = schedule.drivingChain.map { schedule.tasks[$0].task }
    var kept = chain
    if chain.count > shown + 1 {
      kept = Array(chain.prefix(max(shown - 1, 1))) + [chain[chain.count - 1]]
    }
    let more = chain.count - kept.count
    steps = kept.enumerated().map { i, task in
      let last = i == kept.count - 1
      return Step(
        title: clip(task.title), id: clip(task.id), last: last,
        skipped: last && more > 0 ? more : nil)
    }
    hasChain = !steps.isEmpty
    var titles = steps.map(\.title)
    if more > 0 {
      let skipped = Message(GanttMessages.chainMore, ["count": .count(more)])
      titles.insert(skipped.text(in: language), at: titles.count - 1)
    }
    text = titles.joined(separator: " → ")
  }
}

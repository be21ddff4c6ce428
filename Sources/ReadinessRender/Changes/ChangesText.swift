import ReadinessCore

/// The comparison with the previous report in words, shared by the HTML section, the terminal
/// line and `diff`. Texts are raw (inventory titles as written): each output cleans them its way.
public enum ChangesText {
  /// The sentence for a report with no earlier one to compare with, in `wording`'s language.
  public static func nothingToCompare(_ wording: Wording = .english) -> String {
    wording(ChangeMessages.first)
  }

  /// A group of changes with its heading (`Slipped tasks`) and one line per change.
  public struct Group: Sendable, Equatable {
    public var title: String
    public var lines: [String]
  }

  /// One line for the terminal: `Since 2026-11-18: overall 52.9 → 55.0 (+2.1), RED → AMBER;
  /// 3 items moved, 1 new risk, …`.
  public static func summary(_ changes: Changes, wording: Wording = .english) -> String {
    wording(
      ChangeMessages.since,
      ["date": .day(changes.since), "counts": .text(counts(changes, wording: wording))])
  }

  /// The summary without its date: `overall 52.9 → 55.0 (+2.1), RED → AMBER; 3 items moved, …`.
  public static func counts(_ changes: Changes) -> String { counts(changes, wording: .english) }

  /// The summary in `wording`'s language.
  static func counts(_ changes: Changes, wording: Wording) -> String {
    typealias M = ChangeMessages
    let overall = changes.overall
    let moved: [(Int, MessageKey)] = [
      (changes.items.count, M.itemsMoved), (changes.newRisks.count, M.newRiskCount),
      (changes.closedRisks.count, M.risksClosed), (changes.regradedRisks.count, M.risksRegraded),
      (changes.slippedTasks.count, M.tasksSlipped), (changes.finishedTasks.count, M.tasksFinished),
      (changes.lateTasks.count, M.tasksBecameLate), (changes.usernames.count, M.usernamesChanged),
    ]
    let counts = moved.filter { $0.0 > 0 }.map {
      MessageArgument.message(Message($0.1, ["count": .count($0.0)]))
    }
    return wording(
      M.counts,
      [
        "from": .text(wording.score(overall.from)), "to": .text(wording.score(overall.to)),
        "delta": .text(wording.signed(overall.delta)),
        "fromRAG": .word(WordMessages.ragLabel(overall.fromRAG)),
        "toRAG": .word(WordMessages.ragLabel(overall.toRAG)),
        "counts": counts.isEmpty ? .word(M.nothingElse) : .list(counts, .comma),
      ])
  }

  /// Every non-empty group of items, risks, tasks and usernames, in a fixed order.
  public static func groups(_ changes: Changes) -> [Group] {
    messageGroups(changes).map { Group(title: $0.title.english, lines: $0.lines.map(\.english)) }
  }
}

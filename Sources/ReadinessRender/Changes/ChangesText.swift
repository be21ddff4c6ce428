import ReadinessCore

/// The comparison with the previous report in words, shared by the HTML section, the terminal
/// line and `diff`. Texts are raw (inventory titles as written): each output cleans them its way.
public enum ChangesText {
  /// The sentence for a report with no earlier one to compare with.
  public static let nothingToCompare = ChangeMessages.first.english

  /// A group of changes with its heading (`Slipped tasks`) and one line per change.
  public struct Group: Sendable, Equatable {
    public var title: String
    public var lines: [String]
  }

  /// One line for the terminal: `Since 2026-11-18: overall 52.9 → 55.0 (+2.1), RED → AMBER;
  /// 3 items moved, 1 new risk, …`.
  public static func summary(_ changes: Changes) -> String {
    "Since \(changes.since.iso): " + counts(changes)
  }

  /// The summary without its date: `overall 52.9 → 55.0 (+2.1), RED → AMBER; 3 items moved, …`.
  public static func counts(_ changes: Changes) -> String {
    let overall = changes.overall
    var text = "overall \(score(overall.from)) → \(score(overall.to))"
    text += " (\(signed(overall.delta))), \(rag(overall.fromRAG)) → \(rag(overall.toRAG))"
    let counts = [
      count(changes.items.count, "item moved", "items moved"),
      count(changes.newRisks.count, "new risk", "new risks"),
      count(changes.closedRisks.count, "risk closed", "risks closed"),
      count(changes.regradedRisks.count, "risk re-graded", "risks re-graded"),
      count(changes.slippedTasks.count, "task slipped", "tasks slipped"),
      count(changes.finishedTasks.count, "task finished", "tasks finished"),
      count(changes.lateTasks.count, "task became late", "tasks became late"),
      count(changes.usernames.count, "username changed", "usernames changed"),
    ].compactMap { $0 }
    return text + "; " + (counts.isEmpty ? "nothing else moved" : counts.joined(separator: ", "))
  }

  /// Every non-empty group of items, risks, tasks and usernames, in a fixed order.
  public static func groups(_ changes: Changes) -> [Group] {
    messageGroups(changes).map { Group(title: $0.title.english, lines: $0.lines.map(\.english)) }
  }

  /// A score with one decimal, `n/a` when absent.
  public static func score(_ value: Double?) -> String { Wording.english.score(value) }

  /// A change of score with its sign: `+2.1`, `−1.5`, `±0.0`; `n/a` when absent.
  public static func signed(_ delta: Double?) -> String { Wording.english.signed(delta) }

  public static func rag(_ value: RAG) -> String { value.rawValue.uppercased() }

  private static func count(_ n: Int, _ one: String, _ many: String) -> String? {
    n == 0 ? nil : n == 1 ? "1 \(one)" : "\(n) \(many)"
  }
}

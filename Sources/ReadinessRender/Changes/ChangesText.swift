import ReadinessCore

/// The comparison with the previous report in words, shared by the HTML section, the terminal
/// line and `diff`. Texts are raw (inventory titles as written): each output cleans them its way.
public enum ChangesText {
  /// The sentence for a report with no earlier one to compare with.
  public static let nothingToCompare =
    "This is the first report in the history: there is nothing to compare yet."

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
    let groups = [
      Group(title: "Checklist items that moved", lines: changes.items.map(item)),
      Group(
        title: "New risks",
        lines: changes.newRisks.map { "\(severity($0.severity)) \($0.title) [\($0.id)]" }),
      Group(
        title: "Closed risks",
        lines: changes.closedRisks.map { "\(severity($0.severity)) \($0.title) [\($0.id)]" }),
      Group(
        title: "Re-graded risks",
        lines: changes.regradedRisks.map {
          "\(severity($0.from)) → \(severity($0.risk.severity)) \($0.risk.title) [\($0.risk.id)]"
        }),
      Group(
        title: "Slipped tasks",
        lines: changes.slippedTasks.map {
          let days = $0.workingDays == 1 ? "1 working day" : "\($0.workingDays) working days"
          return "\($0.task.title) [\($0.task.id)]: forecast end \($0.from.iso) → "
            + "\($0.task.forecastEnd.iso), \(days) later"
        }),
      Group(
        title: "Finished tasks", lines: changes.finishedTasks.map { "\($0.title) [\($0.id)]" }),
      Group(
        title: "Tasks that became late",
        lines: changes.lateTasks.map { "\($0.title) [\($0.id)]" }),
      Group(
        title: "Usernames",
        lines: changes.usernames.map {
          "@\($0.handle): \($0.from?.words ?? "new") → \($0.to?.words ?? "removed")"
        }),
      Group(title: "Baseline", lines: changes.baseline.map { [baseline($0)] } ?? []),
      Group(title: "Commentary", lines: changes.commentary?.lines ?? []),
    ]
    return groups.filter { !$0.lines.isEmpty }
  }

  /// `plan-q1 (finish 2026-06-30) → plan-q2 (finish 2026-07-31)`, `none` for a side without.
  static func baseline(_ change: BaselineChange) -> String {
    func mark(_ mark: BaselineMark?) -> String {
      guard let mark else { return "none" }
      return "\(mark.name) (finish \(mark.finish?.iso ?? "none"))"
    }
    return "compared with \(mark(change.from)) → \(mark(change.to))"
  }

  /// `R-I1 'BSUID adopted: …': blocked → in progress (12.5% → 25%)`: the item by
  /// id and title, its statuses in words and its completions by the one percent rule.
  static func item(_ change: ItemChange) -> String {
    let completion =
      change.fromCompletion == change.toCompletion
      ? "" : " (\(percent(change.fromCompletion)) → \(percent(change.toCompletion)))"
    return "\(change.id) '\(change.title)': \(change.fromStatus?.words ?? "new") → "
      + "\(change.toStatus.words)\(completion)"
  }

  /// A score with one decimal, `n/a` when absent.
  public static func score(_ value: Double?) -> String {
    value.map(Figures.score) ?? "n/a"
  }

  /// A change of score with its sign: `+2.1`, `−1.5`, `±0.0`; `n/a` when absent.
  public static func signed(_ delta: Double?) -> String {
    guard let delta else { return "n/a" }
    let text = Figures.score(abs(delta))
    return delta > 0 ? "+" + text : delta < 0 ? "−" + text : "±" + text
  }

  public static func rag(_ value: RAG) -> String { value.rawValue.uppercased() }

  private static func severity(_ value: Severity) -> String { value.rawValue.uppercased() }

  private static func percent(_ fraction: Double?) -> String {
    fraction.map { Figures.percent(fraction: $0) } ?? "n/a"
  }

  private static func count(_ n: Int, _ one: String, _ many: String) -> String? {
    n == 0 ? nil : n == 1 ? "1 \(one)" : "\(n) \(many)"
  }
}

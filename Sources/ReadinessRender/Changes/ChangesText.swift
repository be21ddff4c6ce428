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

  /// The groups as messages: a heading and one line per change. Risk titles are the ones the
  /// history stored, in the language they were written in.
  static func messageGroups(_ changes: Changes) -> [(title: MessageKey, lines: [Message])] {
    typealias M = ChangeMessages
    func risk(_ r: Snapshot.RiskEntry) -> Message {
      Message(
        M.risk, ["severity": severity(r.severity), "title": .text(r.title), "id": .text(r.id)])
    }
    func task(_ t: Snapshot.Task) -> Message {
      Message(M.task, ["title": .text(t.title), "id": .text(t.id)])
    }
    let groups: [(title: MessageKey, lines: [Message])] = [
      (M.items, changes.items.map(item)),
      (M.newRisks, changes.newRisks.map(risk)),
      (M.closedRisks, changes.closedRisks.map(risk)),
      (
        M.regraded,
        changes.regradedRisks.map {
          Message(
            M.regradedRisk,
            [
              "from": severity($0.from), "to": severity($0.risk.severity),
              "title": .text($0.risk.title), "id": .text($0.risk.id),
            ])
        }
      ),
      (
        M.slipped,
        changes.slippedTasks.map {
          Message(
            M.slippedTask,
            [
              "title": .text($0.task.title), "id": .text($0.task.id), "from": .day($0.from),
              "to": .day($0.task.forecastEnd), "count": .count($0.workingDays),
            ])
        }
      ),
      (M.finished, changes.finishedTasks.map(task)),
      (M.becameLate, changes.lateTasks.map(task)),
      (
        M.usernames,
        changes.usernames.map {
          Message(
            M.username,
            [
              "handle": .text($0.handle),
              "from": $0.from.map(username) ?? .word(M.new),
              "to": $0.to.map(username) ?? .word(M.removed),
            ])
        }
      ),
      (M.baseline, changes.baseline.map { [baseline($0)] } ?? []),
      (M.commentary, changes.commentary?.messages ?? []),
    ]
    return groups.filter { !$0.lines.isEmpty }
  }

  /// `plan-q1 (finish 2026-06-30) → plan-q2 (finish 2026-07-31)`, `none` for a side without.
  static func baseline(_ change: BaselineChange) -> Message {
    func mark(_ mark: BaselineMark?) -> MessageArgument {
      guard let mark else { return .word(WordMessages.none) }
      let finish = mark.finish.map { MessageArgument.day($0) } ?? .word(WordMessages.none)
      return .message(Message(ChangeMessages.mark, ["name": .text(mark.name), "finish": finish]))
    }
    return Message(ChangeMessages.baselines, ["from": mark(change.from), "to": mark(change.to)])
  }

  /// `R-I1 'BSUID adopted: …': blocked → in progress (12.5% → 25%)`: the item by
  /// id and title, its statuses in words and its completions by the one percent rule.
  static func item(_ change: ItemChange) -> Message {
    var arguments: [String: MessageArgument] = [
      "id": .text(change.id),
      "title": ChecklistItemID(rawValue: change.id).map { .word($0.titleKey) } ?? .text(change.id),
      "from": change.fromStatus.map(status) ?? .word(ChangeMessages.new),
      "to": status(change.toStatus),
    ]
    guard change.fromCompletion != change.toCompletion else {
      return Message(ChangeMessages.item, arguments)
    }
    arguments["fromShare"] = share(change.fromCompletion)
    arguments["toShare"] = share(change.toCompletion)
    return Message(ChangeMessages.itemCompletion, arguments)
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

  private static func severity(_ value: Severity) -> MessageArgument {
    .word(WordMessages.severityLabel(value))
  }

  private static func status(_ value: WorkStatus) -> MessageArgument {
    .word(WordMessages.vocabulary(value, "status"))
  }

  private static func username(_ value: UsernameStatus) -> MessageArgument {
    .word(WordMessages.vocabulary(value, "username"))
  }

  private static func share(_ fraction: Double?) -> MessageArgument {
    fraction.map { .percent($0 * 100) } ?? .word(ChangeMessages.notApplicable)
  }

  private static func count(_ n: Int, _ one: String, _ many: String) -> String? {
    n == 0 ? nil : n == 1 ? "1 \(one)" : "\(n) \(many)"
  }
}

import ReadinessCore

/// The whole comparison of two snapshots for `diff`: plain text for the terminal, or Markdown
/// for a status e-mail or a ticket. `clean` makes inventory text safe for the destination.
public enum ChangesReport {
  /// Plain text: a heading, the scores table, each group of changes, then exposure, its money
  /// shown by `money` (`diff` has no inventory at hand: the CLDR digits).
  public static func text(
    _ changes: Changes, heading: String, money: MoneyFormat = MoneyFormat(),
    clean: (String) -> String
  ) -> String {
    var lines = [
      clean(heading), ChangesText.counts(changes), "", "Scores (then → now, change, RAG):",
    ]
    for row in scoreRows(changes) {
      lines.append(
        "  \(row.name.padding(toLength: 16, withPad: " ", startingAt: 0)) \(pad(row.from)) → "
          + "\(pad(row.to))  \(pad(row.delta))  \(row.rag)")
    }
    for group in ChangesText.groups(changes) {
      lines += ["", "\(group.title):"] + group.lines.map { "  " + clean($0) }
    }
    lines += ["", "Operational Silence exposure per month (then → now):"]
    lines += exposureRows(changes, money: money).map {
      "  \($0.adoption): \($0.conversations); \($0.spend)"
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Markdown: a level-2 heading, the scores as a table, each group as a list, exposure as a
  /// table. Inventory text is escaped so it cannot open links, emphasis or table cells.
  public static func markdown(
    _ changes: Changes, heading: String, money: MoneyFormat = MoneyFormat()
  ) -> String {
    markdown(changes, heading: heading, money: money, wording: .english)
  }

  /// Markdown in `wording`'s language.
  static func markdown(
    _ changes: Changes, heading: String, money: MoneyFormat, wording: Wording
  ) -> String {
    typealias M = MarkdownControlMessages
    let counts = ChangesText.counts(changes, wording: wording)
    var lines = [
      "## \(escape(heading))", "",
      escape(wording(MarkdownMessages.sentence, ["text": .text(counts)])),
      "",
    ]
    lines += [wording(M.scoresHeader), "|---|---:|---:|---:|---|"]
    lines += scoreRows(changes, wording: wording).map {
      "| \($0.name) | \($0.from) | \($0.to) | \($0.delta) | \($0.rag) |"
    }
    for group in ChangesText.messageGroups(changes) {
      lines +=
        ["", "### \(wording(group.title))", ""]
        + group.lines.map { "- " + escape(wording($0)) }
    }
    lines += [
      "", "### \(wording(M.exposure))", "", wording(M.exposureHeader), "|---:|---|---|",
    ]
    lines += exposureRows(changes, money: money, wording: wording).map {
      "| \($0.adoption) | \($0.conversations) | \(escape($0.spend)) |"
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `text` with Markdown's punctuation backslash-escaped and line breaks made spaces.
  static func escape(_ text: String) -> String {
    var escaped = ""
    for character in text {
      if "\\`*_[]<>|~".contains(character) { escaped.append("\\") }
      escaped.append(character.isNewline ? " " : character)
    }
    return escaped
  }

  private static func pad(_ text: String) -> String {
    String(repeating: " ", count: max(0, 5 - text.count)) + text
  }

  private struct ScoreRow {
    var name, from, to, delta, rag: String
  }

  private static func scoreRows(_ changes: Changes, wording: Wording = .english) -> [ScoreRow] {
    let row = { (name: MessageKey, change: ScoreChange) in
      ScoreRow(
        name: wording(name), from: wording.score(change.from), to: wording.score(change.to),
        delta: wording.signed(change.delta),
        rag: wording(WordMessages.ragLabel(change.fromRAG)) + " → "
          + wording(WordMessages.ragLabel(change.toRAG)))
    }
    return [row(ChangeMessages.overall, changes.overall)]
      + changes.phases.map { row(WordMessages.phaseName($0.id), $0.change) }
  }

  private struct ExposureRow {
    var adoption, conversations, spend: String
  }

  private static func exposureRows(
    _ changes: Changes, money: MoneyFormat, wording: Wording = .english
  ) -> [ExposureRow] {
    changes.exposure.map { entry in
      let spend = entry.spend.map {
        wording.figure(money.figure($0.from, $0.currency)) + " → "
          + wording.figure(money.figure($0.to, $0.currency))
      }
      let from =
        entry.fromConversations.map { wording.figure(.whole($0)) }
        ?? wording(ChangeMessages.notApplicable)
      return ExposureRow(
        adoption: wording.percent(fraction: entry.adoption),
        conversations: wording(
          MarkdownControlMessages.conversations,
          ["from": .text(from), "to": .figure(.whole(entry.toConversations))]),
        spend: spend.isEmpty
          ? wording(MarkdownControlMessages.noSpend) : spend.joined(separator: "; "))
    }
  }
}

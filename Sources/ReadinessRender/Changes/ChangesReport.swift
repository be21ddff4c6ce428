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
    var lines = ["## \(escape(heading))", "", escape(ChangesText.counts(changes)) + ".", ""]
    lines += ["| Score | Then | Now | Change | RAG |", "|---|---:|---:|---:|---|"]
    lines += scoreRows(changes).map {
      "| \($0.name) | \($0.from) | \($0.to) | \($0.delta) | \($0.rag) |"
    }
    for group in ChangesText.groups(changes) {
      lines += ["", "### \(group.title)", ""] + group.lines.map { "- " + escape($0) }
    }
    lines += [
      "", "### Operational Silence exposure per month", "",
      "| Adoption | Conversations then → now | Ad spend then → now |", "|---:|---|---|",
    ]
    lines += exposureRows(changes, money: money).map {
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

  private static func scoreRows(_ changes: Changes) -> [ScoreRow] {
    let row = { (name: String, change: ScoreChange) in
      ScoreRow(
        name: name, from: ChangesText.score(change.from), to: ChangesText.score(change.to),
        delta: ChangesText.signed(change.delta),
        rag: "\(ChangesText.rag(change.fromRAG)) → \(ChangesText.rag(change.toRAG))")
    }
    return [row("Overall", changes.overall)]
      + changes.phases.map { row(HTMLRAG.phaseName($0.id), $0.change) }
  }

  private struct ExposureRow {
    var adoption, conversations, spend: String
  }

  private static func exposureRows(_ changes: Changes, money: MoneyFormat) -> [ExposureRow] {
    changes.exposure.map { entry in
      let spend = entry.spend.map {
        "\(money($0.from, $0.currency)) → \(money($0.to, $0.currency))"
      }
      return ExposureRow(
        adoption: HTMLText.percent(entry.adoption),
        conversations:
          "\(entry.fromConversations.map(HTMLText.whole) ?? "n/a") → \(HTMLText.whole(entry.toConversations)) conversations",
        spend: spend.isEmpty ? "no ad spend" : spend.joined(separator: "; "))
    }
  }
}

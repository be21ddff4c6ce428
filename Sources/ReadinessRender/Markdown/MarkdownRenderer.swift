import Foundation
import ReadinessCore

/// Renders an assessment as `report.md`: the headline, the phases, the changes since the last
/// report, the worst open risks, the actions by owner and the plan as a Mermaid gantt, for a
/// wiki page, a ticket or a pull request, in the language asked for. Inventory text is escaped
/// (`MarkdownText`, `MermaidGantt.name`); figures are the language's.
public enum MarkdownRenderer {
  public static let fileName = "report.md"

  public static func render(
    _ a: Assessment, in language: any MessageLanguage = EnglishLanguage()
  ) -> RenderedFile {
    let w = Wording(language: language)
    let parts = [
      headline(a, w), MarkdownControl.commentary(a, w), phases(a, w), changes(a, w), risks(a, w),
      MarkdownControl.issues(a, w), MarkdownActions.actions(a, w), timeline(a, w),
      replanned(a, w),
    ]
    return RenderedFile(
      name: fileName, bytes: Data(parts.compactMap { $0 }.joined(separator: "\n").utf8))
  }

  static func headline(_ a: Assessment, _ w: Wording) -> String {
    typealias M = MarkdownMessages
    var lines = ["# \(MarkdownText.escape(a.programme.name))", ""]
    if let organisation = a.programme.organisation, !organisation.isEmpty {
      lines += [MarkdownText.escape(organisation), ""]
    }
    lines += [w(M.asOf, ["date": .day(a.asOf)]), ""]
    let rag = w(WordMessages.ragLabel(a.overall.shownRAG))
    lines.append(
      "**\(w(M.overall, ["score": .score(a.overall.score), "rag": .text(rag)]))** "
        + MarkdownText.escape(w(a.overall.shownReasonMessage)))
    let finish = HTMLFinishLine(a.schedule, baseline: a.baseline, wording: w)
    if finish.hasFinish { lines += ["", w(M.sentence, ["text": .text(finish.sentence)])] }
    let chain = HTMLDrivingChain(a.schedule, in: w.language) { MarkdownText.escape($0) }
    if chain.hasChain { lines += ["", w(M.chain, ["chain": .text(chain.text)])] }
    return lines.joined(separator: "\n") + "\n"
  }

  static func phases(_ a: Assessment, _ w: Wording) -> String {
    var lines = [
      "## " + w(MarkdownMessages.phases), "", w(MarkdownMessages.phasesHeader),
      "|---|---|---:|---:|---|---|",
    ]
    lines += a.phases.map { p in
      MarkdownText.row([
        w(WordMessages.phaseName(p.id)),
        w(BriefingMessages.window, ["from": .day(p.start), "to": .day(p.end)]),
        w.score(p.score), w.score(p.expected), w(WordMessages.ragLabel(p.shownRAG)),
        MarkdownText.escape(w(p.shownReasonMessage)),
      ])
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Nil when no history is kept.
  static func changes(_ a: Assessment, _ w: Wording) -> String? {
    guard let history = a.history else { return nil }
    guard let changes = history.changes else {
      return "## \(w(MarkdownMessages.since))\n\n\(w(ChangeMessages.first))\n"
    }
    return ChangesReport.markdown(
      changes, heading: w(MarkdownMessages.sinceDate, ["date": .day(changes.since)]),
      money: a.money, wording: w)
  }

  static func risks(_ a: Assessment, _ w: Wording) -> String {
    typealias M = MarkdownMessages
    let open = a.openRisks
    let shown = a.topRisks
    guard !open.isEmpty else { return "## \(w(M.risks))\n\n\(w(M.noRisks))\n" }
    var lines = ["## " + w(M.risks), "", w(M.risksHeader), "|---|---|---|---|---|---|"]
    lines += shown.map { r in
      let severity = w(WordMessages.severityLabel(r.severity))
      return MarkdownText.row([
        r.computedSeverity.map {
          w(
            M.setByPM,
            [
              "severity": .text(severity),
              "computed": .word(WordMessages.vocabulary($0)),
            ])
        } ?? severity,
        MarkdownText.escape(w(r.titleMessage)),
        MarkdownText.escape(r.id),
        MarkdownText.escape(r.owner, or: w(BriefingMessages.unassigned)),
        r.due.map { w.day($0) } ?? w(WordMessages.noDate),
        MarkdownText.escape(w(r.actionMessage)),
      ])
    }
    if open.count > shown.count {
      lines += ["", w(M.moreRisks, ["count": .count(open.count - shown.count)])]
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func timeline(_ a: Assessment, _ w: Wording) -> String {
    "## \(w(MarkdownMessages.timeline))\n\n\(w(MarkdownMessages.timelineNote))\n\n"
      + MermaidGantt.block(a, wording: w)
  }

  /// The tasks re-planned since the saved baseline; nil without one.
  static func replanned(_ a: Assessment, _ w: Wording) -> String? {
    typealias M = MarkdownMessages
    guard let baseline = a.baseline else { return nil }
    let since = w(M.baseline, ["name": .text(baseline.name), "date": .day(baseline.savedOn)])
    guard !baseline.replanned.isEmpty else {
      return "## \(w(M.replanned))\n\n\(w(M.noneReplanned, ["since": .text(since)]))\n"
    }
    var lines = [
      "## " + w(M.replanned), "", w(M.replannedSince, ["since": .text(since)]), "",
      w(M.replannedHeader), "|---|---|---|---|---|",
    ]
    let day = { (d: Day?) in d.map { w.day($0) } ?? "—" }
    lines += baseline.replanned.map {
      MarkdownText.row([
        "\(MarkdownText.escape($0.title)) (`\($0.id)`)", day($0.baseline?.start),
        day($0.baseline?.end), day($0.plan?.start), day($0.plan?.end),
      ])
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

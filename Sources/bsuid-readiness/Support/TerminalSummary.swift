import Foundation
import ReadinessCore
import ReadinessRender

/// The compact summary `report` prints: overall score and RAG, one line per phase, each RAG
/// followed by its reason, the finish (against the saved baseline when there is one), the top
/// open risks and the files written, in the report's language (`TerminalMessages`). RAG is
/// always text; colour only adds to it. Figures are formatted as in the report.
struct TerminalSummary {
  typealias M = TerminalMessages
  let w: Wording
  let colour: Bool

  func lines(for assessment: Assessment, folder: String, files: [String]) -> [TerminalText] {
    let overall = assessment.overall
    let name = TerminalText.clean(assessment.programme.name, limit: 72)
    var lines: [TerminalText] = [
      line(w(M.title, ["programme": .text(name), "date": .day(assessment.asOf)])),
      coloured(
        Message(M.overall, ["score": .score(overall.score), "rag": .text(Self.marker)]),
        overall.rag),
      reasonLine(w(overall.reasonMessage, english: overall.reason)),
    ]
    lines += setLine(overall.override)
    let width = PhaseID.allCases.map { w(WordMessages.phase($0)).count }.max() ?? 0
    for phase in assessment.phases {
      lines += [
        phaseLine(phase, width: width),
        reasonLine(w(phase.reasonMessage, english: phase.ragReason)),
      ]
      lines += setLine(phase.override)
    }
    if let finish = FinishLine.sentence(assessment, wording: w) {
      let sentence = TerminalText.clean(finish, limit: 400)
      lines.append(line(w(M.finish, ["sentence": .text(sentence)])))
    }
    let chain = HTMLDrivingChain(assessment.schedule, in: w.language) { $0 }
    if chain.hasChain {
      let text = TerminalText.clean(chain.text, limit: 300)
      lines.append(line(w(M.chain, ["chain": .text(text)])))
    }
    if let history = assessment.history {
      let since =
        history.changes.map { ChangesText.summary($0, wording: w) }
        ?? ChangesText.nothingToCompare(w)
      lines.append("\(since, limit: 1_000)")
    }
    lines += riskLines(assessment)
    if !assessment.issues.isEmpty {
      let summary = IssueOrder.summaryMessage(assessment.issues)
      lines.append(line(w(M.issues, ["summary": .message(summary)])))
    }
    let place = TerminalText.clean(folder, limit: 200)
    lines.append(line(w(M.wrote, ["count": .count(files.count), "folder": .text(place)])))
    lines += files.map { "  \($0)" }
    return lines
  }

  /// A line already cut where its parts needed it.
  private func line(_ text: String) -> TerminalText { "\(text, limit: 4_000)" }

  /// `    set by the PM: AMBER, set by Dana Ruiz until 2026-12-09: reason` under the computed
  /// RAG, which gates use; nothing when no override holds.
  private func setLine(_ set: SetRAG?) -> [TerminalText] {
    guard let set else { return [] }
    var marked = set.labelMessage.arguments
    marked["RAG"] = .text(Self.marker)
    let label = Message(set.labelMessage.key, marked)
    return ["    \(coloured(Message(M.setByPM, ["label": .message(label)]), set.rag, limit: 160))"]
  }

  /// `    red: the phase ended 2026-06-30 at 41.7 of 100`
  private func reasonLine(_ reason: String) -> TerminalText { "    \(reason, limit: 120)" }

  /// `  implementation   41.7 vs 100.0 expected  RED`
  private func phaseLine(_ phase: PhaseResult, width: Int) -> TerminalText {
    let name = TerminalText.padded(w(WordMessages.phase(phase.id)), to: width)
    let value = TerminalText.padded(
      phase.score.map { w.language.figure(.score($0)) } ?? w(M.notApplicable), to: 5, left: true)
    let expected = TerminalText.padded(w.language.figure(.score(phase.expected)), to: 5, left: true)
    let text = Message(
      M.phase,
      [
        "phase": .text(name), "score": .text(value), "expected": .text(expected),
        "rag": .text(Self.marker),
      ])
    return "  \(coloured(text, phase.rag))"
  }

  /// The core's top risks, one line each with severity and owner.
  private func riskLines(_ assessment: Assessment) -> [TerminalText] {
    let (top, open) = (assessment.topRisks, assessment.openRisks.count)
    guard !top.isEmpty else { return [line(w(M.noRisks))] }
    var lines = [line(w(M.topRisks, ["count": .count(top.count), "open": .count(open)]))]
    let severities = top.map { w(WordMessages.vocabulary($0.severity)).uppercased() }
    let width = max(8, severities.map(\.count).max() ?? 0)
    for (risk, severity) in zip(top, severities) {
      let owner: TerminalText = risk.owner.map { " (\($0, limit: 30))" } ?? ""
      let title = w(risk.titleMessage, english: risk.title)
      lines.append("  \(TerminalText.padded(severity, to: width))  \(title, limit: 72)\(owner)")
    }
    return lines
  }

  /// Where a RAG word goes in a message, so that it can be coloured: a private-use character,
  /// which no catalogue text holds.
  private static let marker = "\u{E000}"

  /// `message` in the language, with its RAG word (the `marker` argument) `value` in colour.
  /// What follows the word is cut to `limit` characters.
  private func coloured(_ message: Message, _ value: RAG, limit: Int = 1_000) -> TerminalText {
    let parts = w(message).components(separatedBy: Self.marker)
    let word = w(WordMessages.ragLabel(value))
    let code: String? =
      switch value {
      case .green: "1;32"
      case .amber: "1;33"
      case .red: "1;31"
      }
    let (before, after) = (parts.first ?? "", parts.dropFirst().joined())
    return "\(before, limit: 1_000)\(word, colour: colour ? code : nil)\(after, limit: limit)"
  }
}

import Foundation
import ReadinessCore
import ReadinessRender

/// The compact summary `report` prints: overall score and RAG, one line per phase, each RAG
/// followed by its reason, the finish (against the saved baseline when there is one), the top
/// open risks and the files written. RAG is always text; colour only adds to it. Figures are
/// formatted as in the report (`Figures`).
enum TerminalSummary {
  static func lines(
    for assessment: Assessment, folder: String, files: [String], colour: Bool
  ) -> [TerminalText] {
    let overall = assessment.overall
    var lines: [TerminalText] = [
      "\(assessment.programme.name, limit: 72), as of \(assessment.asOf.iso)",
      "Overall \(Figures.score(overall.score)) / 100  \(rag(overall.rag, colour: colour))",
      reasonLine(overall.reason),
    ]
    lines += setLine(overall.override, colour: colour)
    for phase in assessment.phases {
      lines += [phaseLine(phase, colour: colour), reasonLine(phase.ragReason)]
      lines += setLine(phase.override, colour: colour)
    }
    if let finish = FinishLine.sentence(assessment) { lines.append("\(finish, limit: 400).") }
    let chain = HTMLDrivingChain(assessment.schedule) { $0 }
    if chain.hasChain { lines.append("Driving chain: \(chain.text, limit: 300)") }
    if let history = assessment.history {
      let since = history.changes.map(ChangesText.summary) ?? ChangesText.nothingToCompare
      lines.append("\(since, limit: 1_000)")
    }
    lines += riskLines(assessment)
    if !assessment.issues.isEmpty {
      lines.append("Issues: \(IssueOrder.summary(assessment.issues))")
    }
    let plural = files.count == 1 ? "" : "s"
    lines.append("Wrote \(files.count) file\(plural) to \(folder, limit: 200):")
    lines += files.map { "  \($0)" }
    return lines
  }

  /// `    set by the PM: AMBER, set by Dana Ruiz until 2026-12-09: reason` under the computed
  /// RAG, which gates use; nothing when no override holds.
  private static func setLine(_ set: SetRAG?, colour: Bool) -> [TerminalText] {
    guard let set else { return [] }
    let rest = String(set.label.drop { $0 != "," })
    return ["    set by the PM: \(rag(set.rag, colour: colour))\(rest, limit: 160)"]
  }

  /// `    red: the phase ended 2026-06-30 at 41.7 of 100`
  private static func reasonLine(_ reason: String) -> TerminalText {
    "    \(reason, limit: 120)"
  }

  /// `  implementation   41.7 vs 100.0 expected  RED`
  private static func phaseLine(_ phase: PhaseResult, colour: Bool) -> TerminalText {
    let width = PhaseID.allCases.map(\.rawValue.count).max() ?? 0
    let name = phase.id.rawValue.padding(toLength: width, withPad: " ", startingAt: 0)
    let value = pad(phase.score.map(Figures.score) ?? "n/a")
    let expected = pad(Figures.score(phase.expected))
    return "  \(name)  \(value) vs \(expected) expected  \(rag(phase.rag, colour: colour))"
  }

  /// The core's top risks, one line each with severity and owner.
  private static func riskLines(_ assessment: Assessment) -> [TerminalText] {
    let (top, open) = (assessment.topRisks, assessment.openRisks.count)
    guard !top.isEmpty else { return ["No open risks."] }
    var lines: [TerminalText] = ["Top risks (\(top.count) of \(open) open):"]
    for risk in top {
      let severity = risk.severity.rawValue.uppercased()
        .padding(toLength: 8, withPad: " ", startingAt: 0)
      let owner: TerminalText = risk.owner.map { " (\($0, limit: 30))" } ?? ""
      lines.append("  \(severity)  \(risk.title, limit: 72)\(owner)")
    }
    return lines
  }

  private static func pad(_ text: String) -> String {
    String(repeating: " ", count: max(0, 5 - text.count)) + text
  }

  private static func rag(_ value: RAG, colour: Bool) -> TerminalText {
    let code =
      switch value {
      case .green: "1;32"
      case .amber: "1;33"
      case .red: "1;31"
      }
    return "\(value.rawValue.uppercased(), colour: colour ? code : nil)"
  }
}

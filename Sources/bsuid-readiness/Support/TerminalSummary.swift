import Foundation
import ReadinessCore

/// The compact summary `report` prints: overall score and RAG, one line per phase, the top
/// open risks and the files written. RAG is always text; colour only adds to it.
enum TerminalSummary {
  /// How many open risks the summary lists.
  static let riskLimit = 5

  static func lines(for assessment: Assessment, folder: String, files: [String], colour: Bool)
    -> [String]
  {
    var lines = [
      "\(TerminalText.clean(assessment.programme.name, limit: 72)), as of \(assessment.asOf.iso)",
      "Overall \(score(assessment.overall.score)) / 100  \(rag(assessment.overall.rag, colour: colour))",
    ]
    let width = PhaseID.allCases.map(\.rawValue.count).max() ?? 0
    for phase in assessment.phases {
      let name = phase.id.rawValue.padding(toLength: width, withPad: " ", startingAt: 0)
      let value = phase.score.map(score) ?? "n/a"
      lines.append(
        "  \(name)  \(pad(value)) vs \(pad(score(phase.expected))) expected  \(rag(phase.rag, colour: colour))"
      )
    }
    let open = assessment.risks.filter(\.open)
    if open.isEmpty {
      lines.append("No open risks.")
    } else {
      lines.append("Top risks (\(min(open.count, riskLimit)) of \(open.count) open):")
      for risk in open.prefix(riskLimit) {
        let owner = risk.owner.map { " (\(TerminalText.clean($0, limit: 30)))" } ?? ""
        let severity = risk.severity.rawValue.uppercased().padding(toLength: 8, withPad: " ", startingAt: 0)
        lines.append("  \(severity)  \(TerminalText.clean(risk.title, limit: 72))\(owner)")
      }
    }
    lines.append("Wrote \(files.count) file\(files.count == 1 ? "" : "s") to \(TerminalText.clean(folder, limit: 200)):")
    lines += files.map { "  \($0)" }
    return lines
  }

  private static func score(_ value: Double) -> String { String(format: "%.1f", value) }

  private static func pad(_ text: String) -> String {
    String(repeating: " ", count: max(0, 5 - text.count)) + text
  }

  private static func rag(_ value: RAG, colour: Bool) -> String {
    let text = value.rawValue.uppercased()
    guard colour else { return text }
    let code = switch value {
    case .green: "32"
    case .amber: "33"
    case .red: "31"
    }
    return "\u{1B}[1;\(code)m\(text)\u{1B}[0m"
  }
}

/// Makes inventory text safe to print on a terminal: no control characters (an escape sequence
/// in a risk title could rewrite the screen), no bidirectional overrides, and a length limit.
enum TerminalText {
  static func clean(_ text: String, limit: Int) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      let isControl = scalar.properties.generalCategory == .control
      let isBidiControl = (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
      scalars.append(isControl || isBidiControl ? "\u{FFFD}" : scalar)
    }
    let cleaned = String(scalars)
    return cleaned.count <= limit ? cleaned : String(cleaned.prefix(limit - 1)) + "…"
  }
}

/// The RAG of a phase and of the programme, each with its reason in words, led by the RAG
/// itself ("amber: 46.4 vs 91.2 expected, 44.8 points behind (tolerance 15.0)").
enum RAGRules {
  /// Points behind the expected progress a phase may trail before it turns amber, then red.
  struct Thresholds: Sendable {
    let tolerance: Double
    let red: Double
  }

  /// Red when the phase ended below 100 or trails by more than the red threshold; amber when it
  /// trails by more than the tolerance or an item is blocked; else green. Blocked items are
  /// named whatever the RAG.
  static func phase(
    score: Double?, expected: Double, window: PhaseWindow, asOf: Day, thresholds: Thresholds,
    blocked: [ChecklistItemID]
  ) -> (RAG, String) {
    guard let score else {
      return (.green, "green: no applicable checklist item, nothing to score")
    }
    let figures = "\(Figures.score(score)) vs \(Figures.score(expected)) expected"
    let blockedNote =
      blocked.isEmpty
      ? []
      : [
        "\(blocked.map(\.rawValue).joined(separator: ", ")) \(blocked.count == 1 ? "is" : "are") blocked"
      ]
    func reason(_ rag: RAG, _ parts: [String]) -> (RAG, String) {
      (rag, "\(rag.rawValue): " + (parts + blockedNote).joined(separator: "; "))
    }
    if asOf > window.end && score < 100 {
      return reason(.red, ["the phase ended \(window.end.iso) at \(Figures.score(score)) of 100"])
    }
    let gap = DecimalRounding.oneDecimal(expected - score)
    let behind = "\(figures), \(Figures.score(gap)) points behind"
    if gap > thresholds.red {
      return reason(.red, ["\(behind) (red beyond \(Figures.score(thresholds.red)))"])
    }
    let tolerance = "(tolerance \(Figures.score(thresholds.tolerance)))"
    if gap > thresholds.tolerance { return reason(.amber, ["\(behind) \(tolerance)"]) }
    if !blocked.isEmpty { return reason(.amber, []) }
    return (.green, gap > 0 ? "green: \(behind) \(tolerance)" : "green: \(figures), on track")
  }

  /// The worst phase RAG, and red whenever a critical risk or issue is open. The reason is a
  /// sentence naming the open critical risks first, then the open critical issues, then the
  /// phases at the worst RAG: "Red because the critical risk 'X' is open and phase testing is
  /// amber."
  static func overall(_ phases: [PhaseResult], risks: [Risk], issues: [ProgrammeIssue] = []) -> (
    RAG, String
  ) {
    let worst = phases.map(\.rag).max() ?? .green
    let critical = risks.filter { $0.open && $0.ragSeverity == .critical }
    let criticalIssues = issues.filter { $0.open && $0.severity == .critical }
    var reasons: [String] = []
    if let first = critical.first {
      let more = critical.count > 1 ? " (and \(critical.count - 1) more critical)" : ""
      reasons.append("the critical risk \(quoted(first.title)) is open\(more)")
    }
    if let first = criticalIssues.first {
      let more = criticalIssues.count > 1 ? " (and \(criticalIssues.count - 1) more critical)" : ""
      reasons.append("the critical issue \(quoted(first.title)) is open\(more)")
    }
    let named = phases.filter { $0.rag == worst }.map(\.id.rawValue)
    if worst != .green {
      let verb = named.count == 1 ? "phase \(named[0]) is" : "phases \(list(named)) are"
      reasons.append("\(verb) \(worst.rawValue)")
    }
    let rag: RAG = critical.isEmpty && criticalIssues.isEmpty ? worst : .red
    guard !reasons.isEmpty else {
      return (.green, because(.green, "every phase is green and no critical risk is open"))
    }
    return (rag, because(rag, list(reasons)))
  }

  /// "Red because `why`.": the overall reason as a sentence.
  static func because(_ rag: RAG, _ why: String) -> String {
    "\(rag.rawValue.prefix(1).uppercased())\(rag.rawValue.dropFirst()) because \(why)."
  }

  /// A title in single quotes, cut before `titleLimit` characters (at a space when one is near)
  /// with an ellipsis. Quote marks of its own (`'Tariff ads' silently loses…`) are dropped, so
  /// that two never stand side by side; an apostrophe inside a word stays.
  private static func quoted(_ title: String) -> String {
    let characters = Array(title)
    var plain = ""
    for (i, character) in characters.enumerated() {
      if character == "'" || character == "‘" || character == "’" {
        let inWord =
          i > 0 && i < characters.count - 1 && characters[i - 1].isLetter
          && characters[i + 1].isLetter
        if !inWord { continue }
      }
      plain.append(character)
    }
    guard plain.count > titleLimit else { return "'\(plain)'" }
    // Cut at the last space that keeps at least half the limit, so no word is cut in two.
    var cut = plain.prefix(titleLimit - 1)
    if let space = cut.lastIndex(of: " "),
      cut.distance(from: cut.startIndex, to: space) >= titleLimit / 2
    {
      cut = cut[..<space]
    }
    return "'\(cut)…'"
  }

  /// Characters of a risk title the overall reason quotes.
  static let titleLimit = 60

  /// `a`, `a and b`, `a, b and c`.
  private static func list(_ names: [String]) -> String {
    guard names.count > 1 else { return names.first ?? "" }
    return names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
  }
}

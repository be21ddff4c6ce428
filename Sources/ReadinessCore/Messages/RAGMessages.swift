/// The RAG reasons of phases and of the programme, and the RAG the PM set (`RAGRules`,
/// `SetRAG`).
public enum RAGMessages {
  /// "red: {why}": a phase's reason, led by its RAG in lower case.
  static let phaseLead = MessageKey("rag.phase.lead", "{rag}: {why}")
  static let nothingToScore = MessageKey(
    "rag.phase.nothingToScore", "no applicable checklist item, nothing to score")
  static let ended = MessageKey("rag.phase.ended", "the phase ended {end} at {score} of 100")
  static let behindRed = MessageKey(
    "rag.phase.behindRed", "{score} vs {expected} expected, {gap} points behind (red beyond {red})")
  static let behind = MessageKey(
    "rag.phase.behind",
    "{score} vs {expected} expected, {gap} points behind (tolerance {tolerance})")
  static let onTrack = MessageKey("rag.phase.onTrack", "{score} vs {expected} expected, on track")
  static let blocked = MessageKey(
    "rag.phase.blocked", one: "{items} is blocked", other: "{items} are blocked", count: "items")
  static let andBlocked = MessageKey(
    "rag.phase.andBlocked", one: "{why}; {items} is blocked", other: "{why}; {items} are blocked",
    count: "items")

  static let criticalRisk = MessageKey(
    "rag.overall.criticalRisk", "the critical risk {title} is open")
  static let criticalRisks = MessageKey(
    "rag.overall.criticalRisks",
    one: "the critical risk {title} is open (and {count} more critical)",
    other: "the critical risk {title} is open (and {count} more critical)")
  static let criticalIssue = MessageKey(
    "rag.overall.criticalIssue", "the critical issue {title} is open")
  static let criticalIssues = MessageKey(
    "rag.overall.criticalIssues",
    one: "the critical issue {title} is open (and {count} more critical)",
    other: "the critical issue {title} is open (and {count} more critical)")
  static let phasesAt = MessageKey(
    "rag.overall.phases", one: "phase {phases} is {rag}", other: "phases {phases} are {rag}",
    count: "phases")
  static let allGreen = MessageKey(
    "rag.overall.allGreen", "every phase is green and no critical risk is open")
  /// "Red because {why}.": the overall reason, one sentence per RAG.
  static func because(_ rag: RAG) -> MessageKey {
    switch rag {
    case .red: MessageKey("rag.overall.red", "Red because {why}.")
    case .amber: MessageKey("rag.overall.amber", "Amber because {why}.")
    case .green: MessageKey("rag.overall.green", "Green because {why}.")
    }
  }

  static let setUntil = MessageKey("rag.set.label", "{RAG}, set by {by} until {until}: {reason}")
  static let setSentence = MessageKey(
    "rag.set.sentence", "{RAG}, set by {by}: {reason} (computed {COMPUTED}: {why})")

  static let all: [MessageKey] =
    [
      phaseLead, nothingToScore, ended, behindRed, behind, onTrack, blocked, andBlocked,
      criticalRisk, criticalRisks, criticalIssue, criticalIssues, phasesAt, allGreen, setUntil,
      setSentence,
    ] + RAG.allCases.map(because)
}

/// The RAG of a phase and of the programme, each with its reason as a message, led by the RAG
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
  ) -> (RAG, Message) {
    typealias M = RAGMessages
    guard let score else { return lead(.green, Message(M.nothingToScore)) }
    let items = MessageArgument.list(blocked.map { .text($0.rawValue) }, .comma)
    func reason(_ rag: RAG, _ why: Message) -> (RAG, Message) {
      let whole =
        blocked.isEmpty ? why : Message(M.andBlocked, ["why": .message(why), "items": items])
      return lead(rag, whole)
    }
    if asOf > window.end && score < 100 {
      return reason(.red, Message(M.ended, ["end": .day(window.end), "score": .score(score)]))
    }
    let gap = DecimalRounding.oneDecimal(expected - score)
    var figures: MessageArguments = [
      "score": .score(score), "expected": .score(expected), "gap": .score(gap),
    ]
    if gap > thresholds.red {
      figures["red"] = .score(thresholds.red)
      return reason(.red, Message(M.behindRed, figures))
    }
    figures["tolerance"] = .score(thresholds.tolerance)
    if gap > thresholds.tolerance { return reason(.amber, Message(M.behind, figures)) }
    if !blocked.isEmpty { return lead(.amber, Message(M.blocked, ["items": items])) }
    return lead(.green, Message(gap > 0 ? M.behind : M.onTrack, figures))
  }

  /// "red: {why}".
  private static func lead(_ rag: RAG, _ why: Message) -> (RAG, Message) {
    let words: MessageArguments = [
      "rag": .word(WordMessages.rag(rag)), "why": .message(why),
    ]
    return (rag, Message(RAGMessages.phaseLead, words))
  }

  /// The worst phase RAG, and red whenever a critical risk or issue is open. The reason is a
  /// sentence naming the open critical risks first, then the open critical issues, then the
  /// phases at the worst RAG: "Red because the critical risk 'X' is open and phase testing is
  /// amber."
  static func overall(_ phases: [PhaseResult], risks: [Risk], issues: [ProgrammeIssue] = []) -> (
    RAG, Message
  ) {
    let worst = phases.map(\.rag).max() ?? .green
    let critical = risks.filter { $0.open && $0.ragSeverity == .critical }
    let criticalIssues = issues.filter { $0.open && $0.severity == .critical }
    var reasons: [MessageArgument] = []
    if let first = critical.first {
      reasons.append(
        open(
          .message(first.titleMessage), more: critical.count - 1, RAGMessages.criticalRisk,
          RAGMessages.criticalRisks))
    }
    if let first = criticalIssues.first {
      reasons.append(
        open(
          .text(first.title), more: criticalIssues.count - 1, RAGMessages.criticalIssue,
          RAGMessages.criticalIssues))
    }
    if worst != .green {
      let named = phases.filter { $0.rag == worst }.map {
        MessageArgument.word(WordMessages.phase($0.id))
      }
      let words: MessageArguments = [
        "phases": .list(named, .and), "rag": .word(WordMessages.rag(worst)),
      ]
      reasons.append(.message(Message(RAGMessages.phasesAt, words)))
    }
    let rag: RAG = critical.isEmpty && criticalIssues.isEmpty ? worst : .red
    guard !reasons.isEmpty else { return (.green, because(.green, .word(RAGMessages.allGreen))) }
    return (rag, because(rag, .list(reasons, .and)))
  }

  /// "Red because `why`.": the overall reason as a sentence.
  static func because(_ rag: RAG, _ why: MessageArgument) -> Message {
    Message(RAGMessages.because(rag), ["why": why])
  }

  /// "the critical risk 'X' is open", with "(and N more critical)" when there are more.
  private static func open(
    _ title: MessageArgument, more: Int, _ one: MessageKey, _ several: MessageKey
  ) -> MessageArgument {
    let quoted = MessageArgument.quoted(title, limit: titleLimit)
    return .message(
      more > 0
        ? Message(several, ["title": quoted, "count": .count(more)])
        : Message(one, ["title": quoted]))
  }

  /// Characters of a risk title the overall reason quotes.
  static let titleLimit = 60
}

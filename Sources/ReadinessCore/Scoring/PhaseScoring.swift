/// Phase scores, expected progress and RAG (`RAGRules`), and the overall score.
///
/// - Expected progress counts calendar days: 0 on the phase start (and before it), 100 on its
///   end date (and after it), linear in between.
/// - A phase with no applicable item has no score, is green ("nothing to score") and leaves the
///   overall mean. With no scored phase at all the overall score is 0.
/// - The overall score is the weighted mean of the phase scores as reported (one decimal).
enum PhaseScoring {
  static func phases(
    items: [ItemResult], windows: [PhaseWindow], asOf: Day, thresholds: RAGRules.Thresholds,
    weights: [PhaseID: Double]
  ) -> [PhaseResult] {
    windows.map { window in
      let mine = items.filter { $0.phase == window.id }
      let score = score(of: mine)
      let expected = expected(window, asOf: asOf)
      let blocked = mine.filter { $0.status == .blocked }.map(\.id)
      let (rag, reason) = RAGRules.phase(
        score: score, expected: expected, window: window, asOf: asOf, thresholds: thresholds,
        blocked: blocked)
      return PhaseResult(
        id: window.id, start: window.start, end: window.end, score: score, expected: expected,
        rag: rag, reason: reason, weight: weights[window.id] ?? 1)
    }
  }

  /// 100 × Σ weight × completion / Σ weight over applicable items, one decimal; nil when none
  /// applies (or their weights sum to 0).
  static func score(of items: [ItemResult]) -> Double? {
    let sums = weightedSums(items, weight: \.weight, value: \.completion)
    return sums.total > 0 ? DecimalRounding.oneDecimal(100 * sums.weighted / sums.total) : nil
  }

  /// 100 × elapsed fraction of the window at `asOf`, clamped to 0–100, one decimal.
  static func expected(_ window: PhaseWindow, asOf: Day) -> Double {
    let length = window.end.ordinal - window.start.ordinal
    guard length > 0 else { return asOf >= window.end ? 100 : 0 }
    let elapsed = Double(asOf.ordinal - window.start.ordinal) / Double(length)
    return DecimalRounding.oneDecimal(100 * min(max(elapsed, 0), 1))
  }

  /// Weighted mean of scored phases, with the overall RAG and its reason (`RAGRules.overall`).
  static func overall(_ phases: [PhaseResult], risks: [Risk], issues: [ProgrammeIssue] = [])
    -> ScoreRAG
  {
    let sums = weightedSums(phases, weight: \.weight, value: \.score)
    let score = sums.total > 0 ? DecimalRounding.oneDecimal(sums.weighted / sums.total) : 0
    let (rag, reason) = RAGRules.overall(phases, risks: risks, issues: issues)
    return ScoreRAG(score: score, rag: rag, reason: reason)
  }

  /// Σ weight × value and Σ weight over the elements that have a value; the two weighted means
  /// (items in a phase, phases overall) divide one by the other.
  private static func weightedSums<Element>(
    _ elements: [Element], weight: (Element) -> Double, value: (Element) -> Double?
  ) -> (weighted: Double, total: Double) {
    var sums = (weighted: 0.0, total: 0.0)
    for element in elements {
      guard let value = value(element) else { continue }
      sums.weighted += weight(element) * value
      sums.total += weight(element)
    }
    return sums
  }
}

/// A phase's window after defaults are applied.
struct PhaseWindow: Sendable, Equatable {
  let id: PhaseID
  let start: Day
  let end: Day
}

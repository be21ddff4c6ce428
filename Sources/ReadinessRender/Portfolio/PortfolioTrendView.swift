import ReadinessCore

/// The trend as `Templates/portfolio/index.mustache` shows it: a line for the portfolio, figures
/// already in words. Field names are the template contract.
struct PortfolioTrendView: Encodable {
  /// One earlier run and its average overall score.
  struct Run: Encodable {
    let asOf: String
    let average: String
    let first: Bool
  }

  let previousAsOf: String
  let improved: Int
  let worsened: Int
  let wentRed: Int
  let unmatched: Int
  let hasUnmatched: Bool
  let runCount: Int
  let runs: [Run]

  /// The portfolio since `previous`, and the average overall score of the last runs.
  init(_ trend: PortfolioTrend, previous: Day, wording: Wording) {
    previousAsOf = wording.day(previous)
    improved = trend.improved
    worsened = trend.worsened
    wentRed = trend.wentRed
    unmatched = trend.unmatched
    hasUnmatched = trend.unmatched > 0
    runCount = trend.runs.count
    runs = trend.runs.enumerated().map { index, run in
      Run(asOf: wording.day(run.asOf), average: wording.score(run.average), first: index == 0)
    }
  }
}

/// One client's trend cell: the score's change, the RAG's when it moved, the new critical
/// risks; only `isNew` for a client the previous run did not evaluate.
struct PortfolioChangeView: Encodable {
  /// A RAG that moved.
  struct RAGChange: Encodable {
    let from: String
    let to: String
    /// The RAGs in words, in the page's language.
    let fromText: String
    let toText: String
  }

  var isNew: Bool?
  var delta: String?
  var direction: String?
  var newRiskCount: Int?
  var hasNewRisks: Bool?
  var newRisks: String?
  var ragChange: RAGChange?

  init(_ change: PortfolioTrend.Change?, wording: Wording) {
    guard let change else {
      isNew = true
      return
    }
    let score = change.score
    delta = wording.signed(score.delta)
    direction = (score.delta ?? 0) > 0 ? "up" : (score.delta ?? 0) < 0 ? "down" : "flat"
    newRiskCount = change.newCriticalRisks.count
    hasNewRisks = !change.newCriticalRisks.isEmpty
    newRisks = change.newCriticalRisks.joined(separator: ", ")
    if score.fromRAG != score.toRAG {
      ragChange = RAGChange(
        from: score.fromRAG.rawValue, to: score.toRAG.rawValue,
        fromText: wording(WordMessages.rag(score.fromRAG)),
        toText: wording(WordMessages.rag(score.toRAG)))
    }
  }
}

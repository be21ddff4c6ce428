import ReadinessCore

/// The trend as `Templates/portfolio/index.mustache` shows it: a line for the portfolio and a
/// cell per client, figures already in words.
enum PortfolioTrendView {
  /// The portfolio since `previous`, and the average overall score of the last runs.
  static func summary(_ trend: PortfolioTrend, previous: String) -> [String: Any] {
    [
      "previousAsOf": previous, "improved": trend.improved, "worsened": trend.worsened,
      "wentRed": trend.wentRed, "unmatched": trend.unmatched, "hasUnmatched": trend.unmatched > 0,
      "runCount": trend.runs.count,
      "runs": trend.runs.enumerated().map { index, run in
        [
          "asOf": run.asOf, "average": run.average.map(Figures.score) ?? "n/a",
          "first": index == 0,
        ]
      },
    ]
  }

  /// One client's cell: the score's change, the RAG's when it moved, the new critical risks;
  /// "new" for a client the previous run did not evaluate.
  static func change(_ change: PortfolioTrend.Change?) -> [String: Any] {
    guard let change else { return ["isNew": true] }
    let score = change.score
    var cell: [String: Any] = [
      "delta": ChangesText.signed(score.delta),
      "direction": (score.delta ?? 0) > 0 ? "up" : (score.delta ?? 0) < 0 ? "down" : "flat",
      "newRiskCount": change.newCriticalRisks.count,
      "hasNewRisks": !change.newCriticalRisks.isEmpty,
      "newRisks": change.newCriticalRisks.joined(separator: ", "),
    ]
    if score.fromRAG != score.toRAG {
      cell["ragChange"] = ["from": score.fromRAG.rawValue, "to": score.toRAG.rawValue]
    }
    return cell
  }
}

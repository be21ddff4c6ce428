import ReadinessCore

/// The trend's elements of `portfolio.xml`: a client's `change` since the previous run and the
/// portfolio's `trend` of its last runs.
enum PortfolioTrendXML {
  /// `<change since= from= delta= from-rag=>` with a `new-critical-risk` per new open critical
  /// risk.
  static func write(_ change: PortfolioTrend.Change, since previous: Day, _ writer: LibXMLWriter) {
    let score = change.score
    writer.element(
      "change",
      [
        "since": previous.iso, "from": score.from.map(XMLNumber.score),
        "delta": score.delta.map(XMLNumber.delta), "from-rag": score.fromRAG.rawValue,
      ]
    ) {
      for risk in change.newCriticalRisks { writer.element("new-critical-risk", ["id": risk]) }
    }
  }

  /// `<trend previous-as-of= improved= worsened= went-red= not-compared=>` with a `run` each.
  static func write(_ trend: PortfolioTrend, _ writer: LibXMLWriter) {
    writer.element(
      "trend",
      [
        "previous-as-of": trend.previousAsOf?.iso, "improved": String(trend.improved),
        "worsened": String(trend.worsened), "went-red": String(trend.wentRed),
        "not-compared": String(trend.unmatched),
      ]
    ) {
      for run in trend.runs {
        writer.element(
          "run",
          [
            "as-of": run.asOf.iso, "clients": String(run.clients),
            "evaluated": String(run.evaluated),
            "average": run.average.map(XMLNumber.score), "red": String(run.red),
            "amber": String(run.amber), "green": String(run.green),
          ])
      }
    }
  }
}

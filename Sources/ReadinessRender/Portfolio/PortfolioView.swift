import ReadinessCore

/// The portfolio's `index.html` as `Templates/portfolio/index.mustache` sees it. Field names are
/// the template contract.
struct PortfolioView: Encodable {
  /// One evaluated client, its figures already formatted.
  struct Client: Encodable {
    let file: String
    let name: String
    let report: String
    let asOf: String
    let overall: String
    let rag: String
    let reason: String
    let phases: [Phase]
    let criticalRisks: String
    let exposure: String
    /// The adoption the exposure is counted at; absent when not known.
    let adoption: String?
    /// The change since the previous run; absent when there is none to compare with.
    let since: PortfolioChangeView?
  }

  /// One phase's score (`n/a` when no item applies) and RAG.
  struct Phase: Encodable {
    let score: String
    let rag: String
  }

  /// An inventory that did not load, with its diagnostics one per line.
  struct Invalid: Encodable {
    let file: String
    let diagnostics: String
  }

  let clientCount: Int
  let redCount: Int
  let amberCount: Int
  let greenCount: Int
  let invalidCount: Int
  let hasInvalid: Bool
  let clients: [Client]
  let invalid: [Invalid]
  let trend: PortfolioTrendView?

  /// The view of `entries`, already in roll-up order, each compared with the previous run
  /// when `trend` has one.
  init(_ entries: [PortfolioEntry], trend: PortfolioTrend?) {
    let valid = entries.filter(\.isValid)
    let invalidEntries = entries.filter { !$0.isValid }
    let count = { (rag: RAG) in valid.filter { $0.rag == rag }.count }
    clientCount = entries.count
    redCount = count(.red)
    amberCount = count(.amber)
    greenCount = count(.green)
    invalidCount = invalidEntries.count
    hasInvalid = !invalidEntries.isEmpty
    clients = valid.map { Client($0, trend: trend) }
    invalid = invalidEntries.map {
      Invalid(file: $0.file, diagnostics: $0.problems.joined(separator: "\n"))
    }
    self.trend = trend.flatMap { trend in
      trend.previousAsOf.map { PortfolioTrendView(trend, previous: $0.iso) }
    }
  }
}

extension PortfolioView.Client {
  init(_ entry: PortfolioEntry, trend: PortfolioTrend?) {
    file = entry.file
    name = entry.name ?? entry.file
    report = entry.report ?? ""
    asOf = entry.asOf?.iso ?? ""
    overall = entry.overall.map(Figures.score) ?? ""
    rag = entry.rag?.rawValue ?? ""
    reason = entry.reason ?? ""
    phases = entry.phases.map {
      PortfolioView.Phase(score: $0.score.map(Figures.score) ?? "n/a", rag: $0.rag.rawValue)
    }
    criticalRisks = entry.criticalRisks.map(String.init) ?? ""
    exposure = entry.exposure.map(Figures.count) ?? ""
    adoption = entry.exposureAdoption.map { Figures.percent(fraction: $0) }
    since = trend.flatMap {
      $0.previousAsOf == nil ? nil : PortfolioChangeView($0.change(of: entry))
    }
  }
}

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
    /// The RAG in words, in the page's language.
    let ragText: String
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
    let ragText: String
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
  /// The page's language and direction.
  let lang: String
  let dir: String

  /// The view of `entries`, already in roll-up order, each compared with the previous run
  /// when `trend` has one; words, figures and the clients' reasons in `wording`'s language (a
  /// reason kept without its message, as its report wrote it).
  init(_ entries: [PortfolioEntry], trend: PortfolioTrend?, wording: Wording = .english) {
    (lang, dir, _) = wording.page
    let valid = entries.filter(\.isValid)
    let invalidEntries = entries.filter { !$0.isValid }
    let count = { (rag: RAG) in valid.filter { $0.rag == rag }.count }
    clientCount = entries.count
    redCount = count(.red)
    amberCount = count(.amber)
    greenCount = count(.green)
    invalidCount = invalidEntries.count
    hasInvalid = !invalidEntries.isEmpty
    clients = valid.map { Client($0, trend: trend, wording: wording) }
    invalid = invalidEntries.map {
      Invalid(file: $0.file, diagnostics: $0.problems.joined(separator: "\n"))
    }
    self.trend = trend.flatMap { trend in
      trend.previousAsOf.map { PortfolioTrendView(trend, previous: $0, wording: wording) }
    }
  }
}

extension PortfolioView.Client {
  init(_ entry: PortfolioEntry, trend: PortfolioTrend?, wording: Wording) {
    file = entry.file
    name = entry.name ?? entry.file
    report = entry.report ?? ""
    asOf = entry.asOf.map { wording.day($0) } ?? ""
    overall = entry.overall.map { wording.score($0) } ?? ""
    rag = entry.rag?.rawValue ?? ""
    ragText = entry.rag.map { wording(WordMessages.rag($0)) } ?? ""
    reason = wording(entry.reasonMessage, english: entry.reason) ?? ""
    phases = entry.phases.map {
      PortfolioView.Phase(
        score: wording.score($0.score), rag: $0.rag.rawValue,
        ragText: wording(WordMessages.rag($0.rag)))
    }
    criticalRisks = entry.criticalRisks.map(String.init) ?? ""
    exposure = entry.exposure.map { wording.figure(.whole($0)) } ?? ""
    adoption = entry.exposureAdoption.map { wording.percent(fraction: $0) }
    since = trend.flatMap {
      $0.previousAsOf == nil ? nil : PortfolioChangeView($0.change(of: entry), wording: wording)
    }
  }
}

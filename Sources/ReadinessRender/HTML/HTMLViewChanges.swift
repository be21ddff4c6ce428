import ReadinessCore

/// The "since the last report" section; absent from the view when no history is kept.
struct HTMLChangesView: Encodable {
  let isFirst: Bool
  let firstText: String
  let since: String
  let summary: String
  let scores: [HTMLScoreChangeRow]
  let groups: [HTMLChangeGroup]
  let hasGroups: Bool
  let exposure: [HTMLExposureChangeRow]
  let hasExposure: Bool

  init?(_ history: ReportHistory?, money: MoneyFormat) {
    guard let history else { return nil }
    let changes = history.changes
    isFirst = changes == nil
    firstText = ChangesText.nothingToCompare
    since = changes?.since.iso ?? ""
    summary = changes.map { HTMLText.clean(ChangesText.counts($0)) } ?? ""
    scores = HTMLScoreChangeRow.rows(changes)
    groups = (changes.map(ChangesText.groups) ?? []).map {
      HTMLChangeGroup(title: $0.title, lines: $0.lines.map(HTMLText.clean))
    }
    hasGroups = !groups.isEmpty
    exposure = changes?.exposure.map { HTMLExposureChangeRow($0, money: money) } ?? []
    hasExposure = !exposure.isEmpty
  }
}

/// A score then and now, its change and its RAG then and now.
struct HTMLScoreChangeRow: Encodable {
  let name: String
  let from: String
  let to: String
  let delta: String
  let fromRAG: String
  let fromRAGText: String
  let rag: String
  let ragText: String

  init(name: MessageKey, _ change: ScoreChange, wording: Wording) {
    self.name = wording(name)
    from = wording.score(change.from)
    to = wording.score(change.to)
    delta = wording.signed(change.delta)
    fromRAG = change.fromRAG.rawValue
    fromRAGText = wording(WordMessages.ragLabel(change.fromRAG))
    rag = change.toRAG.rawValue
    ragText = wording(WordMessages.ragLabel(change.toRAG))
  }

  /// The overall score's row, then each phase's; none without changes.
  static func rows(_ changes: Changes?, wording: Wording = .english) -> [HTMLScoreChangeRow] {
    guard let changes else { return [] }
    return [HTMLScoreChangeRow(name: ChangeMessages.overall, changes.overall, wording: wording)]
      + changes.phases.map {
        HTMLScoreChangeRow(name: WordMessages.phaseName($0.id), $0.change, wording: wording)
      }
  }
}

/// A heading and one line per change (`Slipped tasks`).
struct HTMLChangeGroup: Encodable {
  let title: String
  let lines: [String]
}

/// Exposure at one adoption share then and now.
struct HTMLExposureChangeRow: Encodable {
  let adoption: String
  let from: String
  let to: String
  let spend: String

  init(_ change: ExposureChange, money: MoneyFormat) {
    adoption = HTMLText.percent(change.adoption)
    from = change.fromConversations.map(HTMLText.whole) ?? "n/a"
    to = HTMLText.whole(change.toConversations)
    let spendText = change.spend.map {
      "\(money($0.from, $0.currency)) → \(money($0.to, $0.currency))"
    }
    spend = spendText.isEmpty ? "no ad spend" : spendText.joined(separator: "; ")
  }
}

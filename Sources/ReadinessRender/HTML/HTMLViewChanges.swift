import ReadinessCore

/// The "since the last report" section; absent from the view when no history is kept.
struct HTMLChangesView: Encodable {
  let isFirst: Bool
  let firstText: String
  let since: String
  /// The earlier report's `as_of` as ISO 8601, for `<time datetime>`.
  let sinceISO: String
  let summary: String
  let scores: [HTMLScoreChangeRow]
  let groups: [HTMLChangeGroup]
  let hasGroups: Bool
  let exposure: [HTMLExposureChangeRow]
  let hasExposure: Bool

  init?(_ history: ReportHistory?, money: MoneyFormat, wording: Wording) {
    guard let history else { return nil }
    let changes = history.changes
    isFirst = changes == nil
    firstText = wording(ChangeMessages.first)
    since = changes.map { wording.day($0.since) } ?? ""
    sinceISO = changes?.since.iso ?? ""
    summary = changes.map { HTMLText.clean(ChangesText.counts($0, wording: wording)) } ?? ""
    scores = HTMLScoreChangeRow.rows(changes, wording: wording)
    groups = (changes.map(ChangesText.messageGroups) ?? []).map {
      HTMLChangeGroup(
        title: wording($0.title), lines: $0.lines.map { HTMLText.clean(wording($0)) })
    }
    hasGroups = !groups.isEmpty
    exposure =
      changes?.exposure.map { HTMLExposureChangeRow($0, money: money, wording: wording) } ?? []
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
  static func rows(_ changes: Changes?, wording: Wording) -> [HTMLScoreChangeRow] {
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

  init(_ change: ExposureChange, money: MoneyFormat, wording: Wording) {
    adoption = wording.percent(fraction: change.adoption)
    from =
      change.fromConversations.map { wording.figure(.whole($0)) }
      ?? wording(ChangeMessages.notApplicable)
    to = wording.figure(.whole(change.toConversations))
    let spendText = change.spend.map {
      wording.figure(money.figure($0.from, $0.currency)) + " → "
        + wording.figure(money.figure($0.to, $0.currency))
    }
    spend =
      spendText.isEmpty
      ? wording(MarkdownControlMessages.noSpend)
      : wording.list(spendText.map { .text($0) }, .semicolon)
  }
}

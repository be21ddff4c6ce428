import ReadinessCore

/// What changed since the last report: the score lines and the first changes in words.
struct BriefingChanges: Encodable {
  let isFirst: Bool
  let firstText: String
  let since: String
  let scores: [HTMLScoreChangeRow]
  let lines: BriefingList<String>

  init?(_ history: ReportHistory?, wording: Wording) {
    guard let history else { return nil }
    let changes = history.changes
    isFirst = changes == nil
    firstText = wording(ChangeMessages.first)
    since = changes.map { wording.day($0.since) } ?? ""
    scores = HTMLScoreChangeRow.rows(changes, wording: wording)
    let groups = changes.map(ChangesText.messageGroups) ?? []
    let all = groups.flatMap { group in
      group.lines.map {
        let line = wording(
          BriefingMessages.changeLine, ["group": .word(group.title), "line": .message($0)])
        return BriefingText.clip(line, BriefingText.titleLength)
      }
    }
    lines = BriefingList(
      all, limit: BriefingText.changes, more: BriefingMessages.moreChanges, wording: wording)
  }
}

/// Operational Silence exposure at the middle adoption scenario (the lower middle one of an
/// even number), and at the observed adoption when the logs were measured, with the flows it
/// comes from.
struct BriefingExposure: Encodable {
  let hasScenario: Bool
  let adoption: String
  let conversations: String
  let spend: String
  let upperBound: Bool
  /// The observed scenario: none or one.
  let observed: [BriefingObserved]
  let breakingFlows: String

  init(_ e: Exposure, flows: Int, wording: Wording) {
    let money = MoneyFormat(wholeCurrencies: e.wholeCurrencies)
    let sorted = e.scenarios.sorted { $0.adoption < $1.adoption }
    let breaking = Set(e.flows.map(\.flowID)).count
    breakingFlows = wording(
      BriefingMessages.breakingFlows, ["breaking": .count(breaking), "count": .count(flows)])
    observed = e.observed.map { [BriefingObserved($0, money: money, wording: wording)] } ?? []
    guard !sorted.isEmpty else {
      (hasScenario, adoption, conversations, spend, upperBound) = (false, "", "", "", false)
      return
    }
    let middle = sorted[(sorted.count - 1) / 2]
    hasScenario = true
    adoption = wording.percent(fraction: middle.adoption)
    conversations = wording.figure(.whole(middle.conversations))
    spend = Self.spend(middle, money: money, wording: wording)
    upperBound = middle.upperBound
  }

  /// "EUR 1,200.00 + GBP 80.00 ad spend at risk", or "no ad spend at risk".
  static func spend(_ s: ExposureScenario, money: MoneyFormat, wording: Wording) -> String {
    guard !s.spend.isEmpty else { return wording(BriefingMessages.noSpend) }
    let amounts = s.spend.map { wording.figure(money.figure($0.amount, $0.currency)) }
    return wording(BriefingMessages.spend, ["amounts": .text(amounts.joined(separator: " + "))])
  }
}

/// The scenario at the adoption measured in webhook logs.
struct BriefingObserved: Encodable {
  let adoption: String
  let basis: String
  let conversations: String
  let spend: String
  let upperBound: Bool

  init(_ o: ObservedExposure, money: MoneyFormat, wording: Wording) {
    adoption = wording.percent(fraction: o.scenario.adoption)
    basis = HTMLText.clean(wording(o.measurement.basisMessage))
    conversations = wording.figure(.whole(o.scenario.conversations))
    spend = BriefingExposure.spend(o.scenario, money: money, wording: wording)
    upperBound = o.scenario.upperBound
  }
}

/// A programme milestone or milestone task due in the look-ahead window; a milestone task
/// forecast off its planned date says so.
struct BriefingMilestone: Encodable {
  let date: String
  let title: String
  let note: String
  let hasNote: Bool

  init(_ entry: UpcomingMilestones.Entry, wording: Wording) {
    date = wording.day(entry.date)
    title = BriefingText.clip(wording(entry.titleMessage), BriefingText.titleLength)
    note =
      entry.isDefaultDate
      ? wording(BriefingMessages.defaultDate)
      : entry.forecast.map { wording(BriefingMessages.forecast, ["date": .day($0)]) } ?? ""
    hasNote = !note.isEmpty
  }
}

/// A decision not yet taken: overdue after its needed-by day, or needed later or undated.
struct BriefingDecision: Encodable {
  let title: String
  let owner: String
  let neededBy: String

  init(_ d: Decision, wording: Wording) {
    title = BriefingText.clip(d.title, BriefingText.titleLength)
    owner = BriefingText.clip(
      d.owner, BriefingText.ownerLength, or: wording(BriefingMessages.unassigned))
    neededBy =
      d.neededBy.map { wording(BriefingMessages.neededBy, ["date": .day($0)]) }
      ?? wording(BriefingMessages.noNeededBy)
  }
}

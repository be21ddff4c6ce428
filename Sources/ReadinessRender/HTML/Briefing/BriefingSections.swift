import ReadinessCore

/// What changed since the last report: the score lines and the first changes in words.
struct BriefingChanges: Encodable {
  let isFirst: Bool
  let firstText: String
  let since: String
  let scores: [HTMLScoreChangeRow]
  let lines: BriefingList<String>

  init?(_ history: ReportHistory?) {
    guard let history else { return nil }
    let changes = history.changes
    isFirst = changes == nil
    firstText = ChangesText.nothingToCompare
    since = changes?.since.iso ?? ""
    scores = HTMLScoreChangeRow.rows(changes)
    let all = (changes.map(ChangesText.groups) ?? []).flatMap { group in
      group.lines.map { BriefingText.clip("\(group.title): \($0)", BriefingText.titleLength) }
    }
    lines = BriefingList(all, limit: BriefingText.changes, noun: "changes")
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

  init(_ e: Exposure, flows: Int) {
    let money = MoneyFormat(wholeCurrencies: e.wholeCurrencies)
    let sorted = e.scenarios.sorted { $0.adoption < $1.adoption }
    let breaking = Set(e.flows.map(\.flowID)).count
    breakingFlows = "\(breaking) of \(flows) flows break for username-only users"
    observed = e.observed.map { [BriefingObserved($0, money: money)] } ?? []
    guard !sorted.isEmpty else {
      (hasScenario, adoption, conversations, spend, upperBound) = (false, "", "", "", false)
      return
    }
    let middle = sorted[(sorted.count - 1) / 2]
    hasScenario = true
    adoption = HTMLText.percent(middle.adoption)
    conversations = HTMLText.whole(middle.conversations)
    spend = Self.spend(middle, money: money)
    upperBound = middle.upperBound
  }

  /// "EUR 1,200.00 + GBP 80.00 ad spend at risk", or "no ad spend at risk".
  static func spend(_ s: ExposureScenario, money: MoneyFormat) -> String {
    s.spend.isEmpty
      ? "no ad spend at risk"
      : s.spend.map { money($0.amount, $0.currency) }.joined(separator: " + ")
        + " ad spend at risk"
  }
}

/// The scenario at the adoption measured in webhook logs.
struct BriefingObserved: Encodable {
  let adoption: String
  let basis: String
  let conversations: String
  let spend: String
  let upperBound: Bool

  init(_ o: ObservedExposure, money: MoneyFormat) {
    adoption = HTMLText.percent(o.scenario.adoption)
    basis = HTMLText.clean(o.measurement.basis)
    conversations = HTMLText.whole(o.scenario.conversations)
    spend = BriefingExposure.spend(o.scenario, money: money)
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

  init(_ entry: UpcomingMilestones.Entry) {
    date = entry.date.iso
    title = BriefingText.clip(entry.title, BriefingText.titleLength)
    note =
      entry.isDefaultDate ? "default date" : entry.forecast.map { "forecast \($0.iso)" } ?? ""
    hasNote = !note.isEmpty
  }
}

/// A decision not yet taken: overdue after its needed-by day, or needed later or undated.
struct BriefingDecision: Encodable {
  let title: String
  let owner: String
  let neededBy: String

  init(_ d: Decision) {
    title = BriefingText.clip(d.title, BriefingText.titleLength)
    owner = BriefingText.clip(d.owner, BriefingText.ownerLength, or: "unassigned")
    neededBy = d.neededBy.map { "needed by \($0.iso)" } ?? "no needed-by date"
  }
}

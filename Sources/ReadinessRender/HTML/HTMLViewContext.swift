import ReadinessCore

/// A default the assessment used, for the assumptions section.
struct HTMLAssumptionRow: Encodable {
  let subject: String
  let value: String
  let source: String

  init(_ a: Assumption, wording: Wording) {
    subject = HTMLText.clean(wording(a.subjectMessage))
    value = HTMLText.clean(wording(a.valueMessage))
    source = HTMLText.clean(wording(a.sourceMessage))
  }
}

/// A recorded programme decision.
struct HTMLDecisionRow: Encodable {
  let id: String
  let title: String
  let owner: String
  let date: String
  let status: String
  let statusText: String
  let neededBy: String
  let rationale: String
  let hasRationale: Bool
  let link: String
  let hasLink: Bool

  init(_ d: Decision, wording: Wording) {
    id = HTMLText.clean(d.id)
    title = HTMLText.clean(d.title)
    owner = HTMLText.clean(d.owner, or: wording(BriefingMessages.unassigned))
    date = wording.cellDay(d.date)
    status = d.effectiveStatus.rawValue
    statusText = wording(WordMessages.vocabulary(d.effectiveStatus))
    neededBy = wording.cellDay(d.neededBy)
    rationale = HTMLText.clean(d.rationale, or: "")
    hasRationale = !rationale.isEmpty
    link = HTMLText.clean(d.link, or: "")
    hasLink = !link.isEmpty
  }
}

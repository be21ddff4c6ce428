import ReadinessCore

/// A risk in the register (and, for the top risks, the headline).
struct HTMLRiskRow: Encodable {
  let id: String
  let kind: String
  let severity: String
  let severityText: String
  /// "likelihood medium · impact high" for a manual risk that gives them, else empty.
  let rating: String
  let hasRating: Bool
  let title: String
  /// `ltr` for a generated title (an English sentence quoting names, which must not take the
  /// direction of a right-to-left name), `auto` for a manual risk's own words.
  let titleDir: String
  let ref: String
  let hasRef: Bool
  let owner: String
  let action: String
  let due: String
  let state: String
  let stateText: String
  let isClosed: Bool
  /// "set by the PM; computed: critical" when the PM set the severity shown, else empty.
  let computed: String
  let hasComputed: Bool
  /// What the PM's status means and why: "accepted by Li Wei until 2026-12-18 · Ads paused".
  let pm: String
  let hasPM: Bool
  /// The first accepted or closed risk of the register, which opens their group.
  var firstClosed = false

  init(_ r: Risk, wording: Wording) {
    typealias M = ReportMessages
    id = HTMLText.clean(r.id)
    kind = r.kind.rawValue
    severity = r.severity.rawValue
    severityText = wording(WordMessages.severityLabel(r.severity))
    rating = [
      r.likelihood.map { wording(M.likelihood, ["level": .word(WordMessages.vocabulary($0))]) },
      r.impact.map { wording(M.impact, ["level": .word(WordMessages.vocabulary($0))]) },
    ]
    .compactMap { $0 }.joined(separator: " · ")
    hasRating = !rating.isEmpty
    title = HTMLText.clean(wording(r.titleMessage, english: r.title))
    titleDir = HTMLText.direction(generated: r.kind != .manual, wording: wording)
    ref = HTMLText.clean(r.ref, or: "")
    hasRef = !ref.isEmpty
    owner = HTMLText.clean(r.owner, or: wording(BriefingMessages.unassigned))
    action = HTMLText.clean(wording(r.actionMessage, english: r.action), or: wording(M.noneGiven))
    due = wording.cellDay(r.due)
    state = r.status.rawValue
    stateText = wording(WordMessages.vocabulary(r.status))
    isClosed = !r.open
    computed =
      r.computedSeverity.map {
        wording(M.computed, ["severity": .word(WordMessages.vocabulary($0))])
      } ?? ""
    hasComputed = !computed.isEmpty
    let review =
      r.statusNote == nil ? r.review.map { wording(M.review, ["date": .day($0)]) } : nil
    pm = [wording(r.statusNoteMessage, english: r.statusNote), review, r.note].compactMap { $0 }
      .map { HTMLText.clean($0) }.joined(separator: " · ")
    hasPM = !pm.isEmpty
  }
}

/// A business username to claim, with its risk and format problems.
struct HTMLUsernameRow: Encodable {
  let handle: String
  let status: String
  let statusText: String
  /// "on 2026-07-02" under the status of a username with `claimed_on`.
  let claimedOn: String
  let hasClaimedOn: Bool
  let badge: String
  let sources: String
  let owner: String
  let target: String
  let alternates: String
  /// The business phone number the handle is for, when given.
  let phoneNumber: String
  let hasPhoneNumber: Bool
  let hasRisk: Bool
  let risk: String
  let riskText: String
  let problems: [HTMLProblem]
  let hasProblems: Bool

  init(_ u: UsernameResult, wording: Wording) {
    typealias M = ReportMessages
    let c = u.claim
    handle = "@" + HTMLText.clean(c.handle)
    status = c.status.rawValue
    statusText = wording(WordMessages.vocabulary(c.status))
    claimedOn = c.claimedOn.map { wording(M.claimedOn, ["date": .day($0)]) } ?? ""
    hasClaimedOn = c.claimedOn != nil
    badge = wording(c.verifiedBadge == true ? M.badge : M.noBadge)
    sources =
      c.sources.isEmpty
      ? wording(M.noneGiven)
      : wording.list(c.sources.map { .word(WordMessages.vocabulary($0)) })
    owner = HTMLText.clean(c.owner, or: wording(BriefingMessages.unassigned))
    target = wording.cellDay(c.target)
    alternates =
      c.alternates.isEmpty
      ? wording(WordMessages.none) : wording.list(c.alternates.map { .text(HTMLText.clean($0)) })
    phoneNumber = HTMLText.clean(c.phoneNumber ?? "")
    hasPhoneNumber = !phoneNumber.isEmpty
    hasRisk = u.risk != nil
    risk = u.risk?.rawValue ?? "none"
    riskText = u.risk.map { wording(WordMessages.severityLabel($0)) } ?? wording(M.noRisk)
    problems = u.formatProblemMessages.map { HTMLProblem(text: HTMLText.clean(wording($0))) }
    hasProblems = !problems.isEmpty
  }
}

/// One broken format rule of a handle or alternate.
struct HTMLProblem: Encodable {
  let text: String
}

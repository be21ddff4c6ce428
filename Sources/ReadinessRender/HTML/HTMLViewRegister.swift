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
  let isClosed: Bool
  /// "set by the PM; computed: critical" when the PM set the severity shown, else empty.
  let computed: String
  let hasComputed: Bool
  /// What the PM's status means and why: "accepted by Li Wei until 2026-12-18 · Ads paused".
  let pm: String
  let hasPM: Bool
  /// The first accepted or closed risk of the register, which opens their group.
  var firstClosed = false

  init(_ r: Risk) {
    id = HTMLText.clean(r.id)
    kind = r.kind.rawValue
    severity = r.severity.rawValue
    severityText = r.severity.rawValue.uppercased()
    rating = [
      r.likelihood.map { "likelihood \($0.rawValue)" }, r.impact.map { "impact \($0.rawValue)" },
    ]
    .compactMap { $0 }.joined(separator: " · ")
    hasRating = !rating.isEmpty
    title = HTMLText.clean(r.title)
    titleDir = HTMLText.direction(generated: r.kind != .manual)
    ref = HTMLText.clean(r.ref, or: "")
    hasRef = !ref.isEmpty
    owner = HTMLText.clean(r.owner, or: "unassigned")
    action = HTMLText.clean(r.action, or: "none given")
    due = r.due?.iso ?? "no date"
    state = r.status.rawValue
    isClosed = !r.open
    computed = r.computedSeverity.map { "set by the PM; computed: \($0.rawValue)" } ?? ""
    hasComputed = !computed.isEmpty
    let review = r.statusNote == nil ? r.review.map { "review \($0.iso)" } : nil
    pm = [r.statusNote, review, r.note].compactMap { $0 }.map { HTMLText.clean($0) }
      .joined(separator: " · ")
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

  init(_ u: UsernameResult) {
    let c = u.claim
    handle = "@" + HTMLText.clean(c.handle)
    status = c.status.rawValue
    statusText = c.status.words
    claimedOn = c.claimedOn.map { "on \($0.iso)" } ?? ""
    hasClaimedOn = c.claimedOn != nil
    badge = c.verifiedBadge == true ? "✓ verified badge" : "no badge"
    sources =
      c.sources.isEmpty
      ? "none given" : c.sources.map(\.words).joined(separator: ", ")
    owner = HTMLText.clean(c.owner, or: "unassigned")
    target = c.target?.iso ?? "no date"
    alternates =
      c.alternates.isEmpty
      ? "none" : c.alternates.map { HTMLText.clean($0) }.joined(separator: ", ")
    phoneNumber = HTMLText.clean(c.phoneNumber ?? "")
    hasPhoneNumber = !phoneNumber.isEmpty
    hasRisk = u.risk != nil
    risk = u.risk?.rawValue ?? "none"
    riskText = u.risk?.rawValue.uppercased() ?? "no risk"
    problems = u.formatProblems.map { HTMLProblem(text: HTMLText.clean($0)) }
    hasProblems = !problems.isEmpty
  }
}

/// One broken format rule of a handle or alternate.
struct HTMLProblem: Encodable {
  let text: String
}

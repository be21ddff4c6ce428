import ReadinessCore

/// Hand-built assessments for renderer tests: every section filled, free text hostile.
public enum AssessmentFixture {
  /// Markup, quotes, `&`, a CDATA end, forbidden control characters, right-to-left text and emoji.
  public static let hostile =
    "<script>alert(\"x\")</script> & 'q' ]]> \u{1}\u{B}\u{FFFE} שלום עולם 👩‍💻🇪🇺"
  /// A 5000-character programme name.
  public static let longName = String(repeating: "Ä", count: 4990) + "0123456789"

  /// A fixture date; `Day(ordinal: 0)` for a typo, which a test's figures would show at once.
  public static func day(_ text: String) -> Day { Day(iso: text) ?? Day(ordinal: 0) }

  /// An assessment with every section populated and `text` in every free-text field.
  public static func full(text: String = hostile) -> Assessment {
    var claim = UsernameClaim(handle: "acme" + text)
    claim.sources = [.displayName, .instagram]
    claim.owner = text
    claim.target = day("2026-06-29")
    claim.claimedOn = day("2026-07-02")
    claim.alternates = ["acme.shop", text]
    claim.phoneNumber = "+31 20 555 0100"
    var attestation = Attestation(item: .rP4, status: .done)
    (attestation.by, attestation.on, attestation.evidence) = (text, day("2026-02-02"), text)
    var task = PlanTask(id: "t1", title: text, phase: .implementation)
    (task.owner, task.progress, task.dependsOn, task.covers) = (text, 62.5, ["t0"], [.rI1])
    var waba = WABA(id: "waba-main")
    (waba.businessPortfolio, waba.bsp, waba.migrationDate) = (text, text, day("2027-02-15"))
    waba.sharesUserIdsWith = ["waba-collections"]
    waba.owner = text
    waba.phoneNumbers = [BusinessPhoneNumber(number: "+31 20 123 4567", displayName: text)]
    var decision = Decision(id: "d1", title: text)
    (decision.owner, decision.date) = (text, day("2026-01-20"))
    (decision.status, decision.neededBy) = (.superseded, day("2026-01-15"))
    (decision.rationale, decision.link) = (text, text)
    let pending = PendingRef(
      kind: .flow, ref: "ctwa-spring", name: text, owner: text, reason: .verbatim(text))
    let late = ScheduledTask(
      task: task, start: day("2026-02-02"), end: day("2026-07-03"), workingDays: 110, slack: 0,
      critical: true, late: true, lateReason: .verbatim(text))
    let critical = Risk(
      id: "operational-silence:ctwa-spring", kind: .operationalSilence, severity: .critical,
      ref: "ctwa-spring", title: text, owner: text, action: text, due: day("2026-12-01"))
    let actions = [Action(task: late), Action(risk: critical, asOf: day("2026-11-25"))]
    return Assessment(
      programme: ProgrammeSummary(name: longName + text, organisation: text, slug: "acme"),
      asOf: day("2026-11-25"),
      overall: ScoreRAG(score: 57.5, rag: .red, reason: "red: phase implementation is red"),
      phases: [
        PhaseResult(
          id: .planning, start: day("2026-01-12"), end: day("2026-03-31"), score: 100,
          expected: 100, rag: .green, ragReason: text, weight: 1),
        PhaseResult(
          id: .implementation, start: day("2026-01-01"), end: day("2026-06-30"), score: 41.7,
          expected: 100, rag: .red, ragReason: text, weight: 2),
        PhaseResult(
          id: .testing, start: day("2026-04-01"), end: day("2026-12-31"), score: nil,
          expected: 84.4, rag: .amber, ragReason: text, weight: 1),
      ],
      checklist: [
        ItemResult(
          id: .rP1, phase: .planning, title: text, completion: 0.75, status: .inProgress,
          weight: 1, basis: .data, done: 3, counted: 4, pending: [pending],
          coveringTasks: ["t1"], attestation: nil),
        ItemResult(
          id: .rP4, phase: .planning, title: text, completion: 1, status: .done, weight: 2,
          basis: .data, done: 2, counted: 3, pending: [], coveringTasks: [],
          attestation: attestation),
        ItemResult(
          id: .rC3, phase: .implementation, title: text, completion: nil,
          status: .notApplicable, weight: 1, basis: .none, done: 0, counted: 0, pending: [],
          coveringTasks: [], attestation: nil),
      ],
      flows: [
        FlowStates(
          id: "ctwa-spring", name: text, kind: .clickToWhatsApp, primaryIdentifier: .phone,
          owner: text, outcomes: [.a: .works, .b: .works, .c: .breaks], reason: .verbatim(text))
      ],
      exposure: exposure(currencies: ["EUR"]),
      risks: [
        critical,
        {
          var manual = Risk(
            id: "m1", kind: .manual, severity: .low, ref: nil, title: text, owner: nil,
            action: text, due: nil, open: false)
          (manual.likelihood, manual.impact) = (.medium, .high)
          return manual
        }(),
      ],
      usernames: [UsernameResult(claim: claim, risk: .high, formatProblems: [.verbatim(text)])],
      schedule: Schedule(
        tasks: [late],
        milestones: [
          MilestoneDate(id: "claim-window", title: text, date: day("2026-06-29"), isDefault: true)
        ],
        start: day("2026-01-01"), end: day("2026-12-31")),
      assumptions: [
        Assumption(subject: .verbatim(text), value: .verbatim(text), source: .verbatim(text))
      ],
      stakeholders: [Stakeholder(team: text, owner: text, committed: true)],
      decisions: [decision],
      wabas: [waba],
      actions: Actions(
        windowStart: day("2026-11-25"), windowEnd: day("2026-12-09"),
        owners: [ActionOwner(name: text, actions: actions.compactMap { $0 })]))
  }

  /// Exposure of one breaking flow with 18 000 conversations and 52 500 of ad spend (in each of
  /// `currencies`) a month and a first-contact share of 0.8: 720, 2880 and 7200 conversations and
  /// 2100, 8400 and 21 000 of spend at 5, 20 and 50 % adoption. Shared by the XML and HTML fixtures.
  public static func exposure(
    flowID: String = "ctwa-spring", currencies: [String], upperBound: Bool = false
  ) -> Exposure {
    let adoptions = [0.05, 0.2, 0.5]
    let scenarios = adoptions.map { adoption in
      ExposureScenario(
        adoption: adoption, conversations: (18000 * adoption * 0.8).rounded(),
        spend: currencies.map { Money(amount: 52500 * adoption * 0.8, currency: $0) },
        upperBound: upperBound)
    }
    let flows = adoptions.map { adoption in
      FlowExposure(
        flowID: flowID, adoption: adoption, conversations: 18000 * adoption * 0.8,
        spend: currencies.first.map { Money(amount: 52500 * adoption * 0.8, currency: $0) },
        upperBound: upperBound)
    }
    return Exposure(adoptions: adoptions, scenarios: scenarios, flows: flows)
  }
}

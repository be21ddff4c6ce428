import ReadinessCore

/// A hand-built assessment for the HTML renderer's tests: realistic figures, optional hostile
/// strings in every inventory-text slot, and optionally a generated plan of any size.
enum HTMLFixture {
  static let hostile = "<script>alert(\"x\")</script> & 'q' \u{01}\u{0B}\u{7F} مرحبا 用户名 🚀👩‍💻"
  static let long = String(repeating: "Ж", count: 5_000)

  static func day(_ iso: String) -> Day { AssessmentFixture.day(iso) }

  /// The fixture; `text` decorates every inventory string (append `hostile` to attack).
  static func assessment(text: (String) -> String = { $0 }, generatedTasks: Int? = nil)
    -> Assessment
  {
    let t = text
    let phases = [
      PhaseResult(
        id: .planning, start: day("2026-01-01"), end: day("2026-03-31"), score: 87.5, expected: 100,
        rag: .red, ragReason: t("ended 2026-03-31 at 87.5 of 100"), weight: 1),
      PhaseResult(
        id: .implementation, start: day("2026-01-01"), end: day("2026-06-30"), score: 55,
        expected: 77.3,
        rag: .amber, ragReason: t("55.0 trails the expected 77.3 by more than 15 points"), weight: 1
      ),
      PhaseResult(
        id: .testing, start: day("2026-04-01"), end: day("2026-12-31"), score: 12.5, expected: 18.5,
        rag: .green, ragReason: t("12.5 is within 15 points of the expected 18.5"), weight: 1),
    ]
    var attestation = Attestation(item: .rP4, status: .done)
    attestation.by = t("Dana Ops")
    attestation.on = day("2026-02-14")
    attestation.evidence = "https://wiki.example.com/bsuid/steerco?minutes=2026-02-14"
    let checklist = [
      ItemResult(
        id: .rP1, phase: .planning,
        title: t("audit every message flow that keys on the phone number"),
        completion: 0.8, status: .inProgress, weight: 1, basis: .data, done: 4, counted: 5,
        pending: [
          PendingRef(
            kind: .flow, ref: t("ctwa-spring"), name: t("Spring CTWA campaign"),
            owner: t("Marketing Ops"),
            reason: .verbatim(t("primary_identifier: unknown")))
        ], coveringTasks: ["T-1"], attestation: nil),
      ItemResult(
        id: .rP4, phase: .planning, title: t("stakeholder commitment: IT, product, operations"),
        completion: 1, status: .done, weight: 1, basis: .data, done: 3, counted: 3, pending: [],
        coveringTasks: [], attestation: attestation),
      ItemResult(
        id: .rI1, phase: .implementation, title: t("BSUID adopted, CRM has the BSUID field"),
        completion: 0.5, status: .inProgress, weight: 2, basis: .data, done: 1, counted: 2,
        pending: [
          PendingRef(
            kind: .system, ref: t("crm-main"), name: t("Salesforce CRM"), owner: nil,
            reason: .verbatim(t("bsuid_field: in progress")))
        ]
          + ["cdp", "helpdesk", "warehouse", "bot"].map {
            PendingRef(
              kind: .system, ref: t($0), name: t("The \($0)"), owner: t("Dev team"),
              reason: .verbatim(t("bsuid_field: none")))
          }, coveringTasks: ["T-4", "T-5"], attestation: nil),
      ItemResult(
        id: .rC4, phase: .implementation,
        title: t("a planned BSP migration has a BSUID re-mapping plan"),
        completion: nil, status: .notApplicable, weight: 1, basis: .none, done: 0, counted: 0,
        pending: [],
        coveringTasks: [], attestation: nil),
      ItemResult(
        id: .rT3, phase: .testing, title: t("business username claimed"),
        completion: 0, status: .blocked, weight: 1, basis: .tasks, done: 0, counted: 0,
        pending: [
          PendingRef(
            kind: .username, ref: t("acme"), name: t("acme"), owner: t("Brand team"),
            reason: .verbatim(t("status is disputed")))
        ], coveringTasks: ["T-9"], attestation: nil),
    ]
    let flows = [
      FlowStates(
        id: t("ctwa-spring"), name: t("Spring CTWA campaign"), kind: .clickToWhatsApp,
        primaryIdentifier: .phone, owner: t("Marketing Ops"),
        outcomes: [.a: .works, .b: .works, .c: .breaks],
        reason: .verbatim(t("keys on the phone number: conversations are lost"))),
      FlowStates(
        id: t("support-bot"), name: t("Support bot"), kind: .botJourney,
        primaryIdentifier: .phoneThenBSUID,
        owner: nil, outcomes: [.a: .works, .b: .works, .c: .degraded],
        reason: .verbatim(t("needs a phone without a validated request"))),
      FlowStates(
        id: t("otp"), name: t("Login codes"), kind: .authentication, primaryIdentifier: .phone,
        owner: t("Identity team"), outcomes: [.a: .unaffected, .b: .unaffected, .c: .unaffected],
        reason: .verbatim(t("authentication templates still go to phone numbers"))),
      FlowStates(
        id: t("kyc"), name: t("KYC check"), kind: .identityVerification,
        primaryIdentifier: .unknown,
        owner: t("Risk"), outcomes: [.a: .works, .b: .works, .c: .unknown],
        reason: .verbatim(t("identifier not audited"))),
    ]
    let exposure = AssessmentFixture.exposure(
      flowID: t("ctwa-spring"), currencies: ["EUR"], upperBound: true)
    let risks = [
      Risk(
        id: t("operational-silence:ctwa-spring"), kind: .operationalSilence, severity: .critical,
        ref: t("ctwa-spring"),
        title: t("Spring CTWA campaign loses S-C conversations silently"),
        owner: t("Marketing Ops"),
        action: t("key the flow on phone_then_bsuid"), due: day("2026-05-29")),
      Risk(
        id: t("username-unclaimed:acme"), kind: .usernameUnclaimed, severity: .high, ref: t("acme"),
        title: t("@acme is disputed"), owner: t("Brand team"),
        action: t("escalate the dispute with Meta"), due: nil),
      Risk(
        id: t("task-late:T-5"), kind: .taskLate, severity: .high, ref: "T-5",
        title: t("Backfill BSUIDs is late"),
        owner: t("Dev team"), action: t("re-plan or add people"), due: day("2026-05-08")),
      {
        var risk = Risk(
          id: t("R-9"), kind: .manual, severity: .medium, ref: nil,
          title: t("BSP contract renewal"),
          owner: nil, action: t("confirm BSUID pass-through in the contract"),
          due: day("2026-07-15"))
        (risk.likelihood, risk.impact) = (.low, .high)
        return risk
      }(),
      Risk(
        id: t("R-8"), kind: .manual, severity: .low, ref: nil, title: t("Old reporting export"),
        owner: t("BI"),
        action: t("retired"), due: nil, open: false),
    ]
    var claim = UsernameClaim(handle: t("acme.com"))
    claim.status = .disputed
    claim.owner = t("Brand team")
    claim.target = day("2026-06-29")
    claim.alternates = [t("acme_help"), t("www.acme")]
    claim.sources = [.displayName, .instagram]
    claim.phoneNumber = t("+31 20 555 0100")
    var claimed = UsernameClaim(handle: t("acme_support"))
    claimed.status = .claimed
    claimed.claimedOn = day("2026-07-02")
    claimed.verifiedBadge = true
    let usernames = [
      UsernameResult(
        claim: claim, risk: .critical,
        formatProblems: [
          .verbatim(t("acme.com: must not end in a domain ('.com')")),
          .verbatim(t("www.acme: must not start with 'www'")),
        ]),
      UsernameResult(claim: claimed, risk: nil, formatProblems: []),
    ]
    let schedule = generatedTasks.map { generated($0, text: t) } ?? plan(text: t)
    return Assessment(
      programme: ProgrammeSummary(
        name: t("Acme Telecom: WhatsApp usernames readiness"), organisation: t("Acme Telecom plc"),
        slug: "acme"),
      asOf: day("2026-05-20"),
      overall: ScoreRAG(score: 51.7, rag: .red, reason: t("red: phase planning is red")),
      phases: phases, checklist: checklist,
      flows: flows, exposure: exposure, risks: risks, usernames: usernames, schedule: schedule,
      assumptions: [
        Assumption(
          subject: .verbatim(t("phase implementation end")), value: .verbatim("2026-06-30"),
          source: .verbatim(t("default"))),
        Assumption(
          subject: .verbatim(t("milestone claim-window")), value: .verbatim("2026-06-29"),
          source: .verbatim(t("Meta: business usernames claimable 29 June 2026"))),
        Assumption(
          subject: .verbatim(t("username adoption")), value: .verbatim("0.05, 0.20, 0.50"),
          source: .verbatim(t("default"))
        ),
      ],
      stakeholders: [
        Stakeholder(team: t("IT"), owner: t("Sam CIO"), committed: true),
        Stakeholder(team: t("product"), owner: nil, committed: true),
        Stakeholder(team: t("operations"), owner: t("Dana Ops"), committed: false),
      ],
      decisions: [
        {
          var d = Decision(id: t("D-1"), title: t("Key CTWA flows on phone_then_bsuid"))
          d.owner = t("CTO")
          d.date = day("2026-02-10")
          return d
        }(),
        {
          var d = Decision(id: t("D-2"), title: t("Ask for the phone with a native flow"))
          (d.owner, d.status, d.neededBy) = (t("Product"), .proposed, day("2026-05-01"))
          (d.rationale, d.link) = (t("validated numbers"), t("https://wiki.example/d-2"))
          return d
        }(),
      ],
      wabas: [], actions: actions(schedule: schedule, risks: risks, text: t))
  }
}

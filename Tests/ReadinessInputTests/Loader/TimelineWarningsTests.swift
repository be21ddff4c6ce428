import ReadinessCore
import ReadinessInput
import Testing

@Suite("Statuses checked against Meta's dates at the as-of date")
struct TimelineWarningsTests {
  /// One status of each kind that Meta's timeline limits.
  static let ahead = inventory(
    """
    systems:
      - { id: sender, name: S, kind: crm, bsuid_send_field: recipient, status: done }
      - { id: planned, name: P, kind: crm, bsuid_send_field: recipient, status: in_progress }
    flows:
      - { id: bot, name: B, kind: bot_journey, phone_request: native_flow, phone_request_validated: true }
      - { id: tested, name: T, kind: inbound_service, e2e_tested: true }
    usernames:
      - { handle: acme, status: claimed }
      - { handle: acme_nl, status: reserved }
      - { handle: acme_uk, status: requested }
    """)

  func hint(_ milestone: String) -> String {
    "check the status: planned work is not done yet; if Meta's date has moved, give"
      + " '\(milestone)' its new date in programme.milestones"
  }

  @Test("before every milestone: a warning at each status that claims too much; still valid")
  func beforeEveryMilestone() {
    let result = load(Self.ahead, asOf: "2026-04-01")
    #expect(result.evaluated != nil)
    #expect(
      rendered(result) == [
        "inv.yaml:5:76: warning: system 'sender' sends BSUIDs in 'recipient' and is done as of 2026-04-01, but Meta accepts messages sent to a BSUID only from 2026-07-01 (milestone 'send-to-bsuid') [inventory.status-before-meta-date]",
        "inv.yaml:8:97: warning: flow 'bot' has a validated native_flow phone request as of 2026-04-01, but Meta offers the native phone-number request (REQUEST_CONTACT_INFO) only from 2026-07-01 (milestone 'phone-request') [inventory.status-before-meta-date]",
        "inv.yaml:9:63: warning: flow 'tested' is e2e_tested as of 2026-04-01, but webhooks carry BSUIDs only from 2026-04-06 (milestone 'bsuid-webhooks') [inventory.status-before-meta-date]",
        "inv.yaml:11:29: warning: username 'acme' is claimed as of 2026-04-01, but Meta accepts business username claims only from 2026-06-29 (milestone 'claim-window') [inventory.status-before-meta-date]",
        "inv.yaml:12:32: warning: username 'acme_nl' is reserved as of 2026-04-01, but Meta accepts business username claims only from 2026-06-29 (milestone 'claim-window') [inventory.status-before-meta-date]",
      ])
    #expect(
      result.diagnostics.map(\.hint)
        == ["send-to-bsuid", "phone-request", "bsuid-webhooks", "claim-window", "claim-window"].map(
          hint))
  }

  @Test("on a milestone's date the status is possible: only the later milestones still warn")
  func onTheMilestone() {
    #expect(
      load(Self.ahead, asOf: "2026-04-06").diagnostics.map { $0.location?.line }
        == [5, 8, 11, 12])
    #expect(load(Self.ahead, asOf: "2026-06-29").diagnostics.map { $0.location?.line } == [5, 8])
    #expect(load(Self.ahead, asOf: "2026-07-01").diagnostics.isEmpty)
  }

  @Test("the day checked is the one the validated inventory carries, and is assessed at")
  func carriedDay() throws {
    let result = load(Self.ahead, asOf: "2026-07-01")
    #expect(try #require(result.evaluated).asOf == day("2026-07-01"))
    #expect(Assessor.assess(try #require(result.evaluated)).asOf == day("2026-07-01"))
  }

  @Test("programme.as_of is the day checked, and an overridden milestone date is used")
  func programmeAsOfAndOverride() {
    let text = """
      version: 1
      programme:
        name: Test
        as_of: 2026-06-01
        milestones: [{ id: claim-window, date: 2026-05-15 }]
      usernames: [{ handle: acme, status: claimed }, { handle: early, status: reserved }]
      """
    #expect(load(text, asOf: "2026-01-01").diagnostics.isEmpty)
    let later = text.replacingOccurrences(of: "2026-05-15", with: "2026-06-02")
    #expect(
      rendered(load(later, asOf: "2026-01-01")).first
        == "inv.yaml:6:37: warning: username 'acme' is claimed as of 2026-06-01, but Meta accepts business username claims only from 2026-06-02 (milestone 'claim-window') [inventory.status-before-meta-date]"
    )
  }
}

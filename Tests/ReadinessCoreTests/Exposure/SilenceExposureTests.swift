import Testing

@testable import ReadinessCore

@Suite("Operational Silence exposure")
struct SilenceExposureTests {
  static let flows = [
    flow("ctwa", .clickToWhatsApp, keyedOn: .phone) {
      $0.monthlyConversations = 18000
      $0.monthlyAdSpend = Money(amount: 42000, currency: "EUR")
      $0.firstContactShare = 0.8
    },
    flow("service", .inboundService, keyedOn: .phone) { $0.monthlyConversations = 1000 },
    flow("promo", .clickToWhatsApp, keyedOn: .phone) {
      $0.monthlyConversations = 500
      $0.monthlyAdSpend = Money(amount: 1000, currency: "USD")
      $0.firstContactShare = 0.5
    },
    flow("safe", .clickToWhatsApp, keyedOn: .bsuid) {
      $0.monthlyConversations = 99999
      $0.monthlyAdSpend = Money(amount: 99999, currency: "EUR")
    },
  ]

  static func exposure(_ flows: [MessageFlow], adoptions: [Double]) -> Exposure {
    SilenceExposure.exposure(
      flows: flows, rows: IdentityMatrix.rows(for: inventory { $0.flows = flows }),
      adoptions: adoptions)
  }

  @Test("per breaking flow and adoption: conversations × adoption × first_contact_share")
  func perFlow() {
    let rows = Self.exposure(Self.flows, adoptions: [0.05, 0.2]).flows
    #expect(rows.map(\.flowID) == ["ctwa", "ctwa", "service", "service", "promo", "promo"])
    // 18000 × 0.05 × 0.8 = 720; 42000 × 0.05 × 0.8 = 1680 EUR.
    #expect(
      abs(rows[0].conversations - 720) < 1e-9 && abs((rows[0].spend?.amount ?? 0) - 1680) < 1e-9)
    #expect(rows[0].spend?.currency == "EUR" && !rows[0].upperBound)
    // No share: 1000 × 0.2 × 1 = 200, an upper bound, no spend.
    #expect(abs(rows[3].conversations - 200) < 1e-9 && rows[3].upperBound && rows[3].spend == nil)
  }

  @Test("scenario totals round conversations to whole numbers and sum spend per currency")
  func scenarios() {
    let exposure = Self.exposure(Self.flows, adoptions: [0.05, 0.2])
    // 0.05: 720 + 50 + 12.5 = 782.5 → 783; EUR 1680; USD 1000 × 0.05 × 0.5 = 25.
    let first = exposure.scenarios[0]
    #expect(first.adoption == 0.05 && first.conversations == 783 && first.upperBound)
    #expect(
      first.spend == [Money(amount: 1680, currency: "EUR"), Money(amount: 25, currency: "USD")])
    // 0.2: 2880 + 200 + 50 = 3130; EUR 6720; USD 100.
    let second = exposure.scenarios[1]
    #expect(second.conversations == 3130)
    #expect(
      second.spend == [Money(amount: 6720, currency: "EUR"), Money(amount: 100, currency: "USD")])
  }

  @Test("money totals round to 2 decimals after summing")
  func centRounding() {
    let flows = [
      flow("a", .clickToWhatsApp, keyedOn: .phone) {
        $0.monthlyAdSpend = Money(amount: 1234.56, currency: "GBP")
        $0.firstContactShare = 0.1
      },
      flow("b", .clickToWhatsApp, keyedOn: .phone) {
        $0.monthlyAdSpend = Money(amount: 10.01, currency: "GBP")
        $0.firstContactShare = 0.1
      },
    ]
    // 1234.56 × 0.03 = 37.0368; 10.01 × 0.03 = 0.3003; sum 37.3371 → 37.34.
    let scenario = Self.exposure(flows, adoptions: [0.3]).scenarios[0]
    #expect(scenario.spend == [Money(amount: 37.34, currency: "GBP")])
    #expect(scenario.conversations == 0 && !scenario.upperBound)
  }

  @Test("totals round half away from zero on the figures as written, not their binary noise")
  func roundingAsWritten() {
    let flows = [
      flow("a", .clickToWhatsApp, keyedOn: .phone) {
        // 90 × 0.5 × 0.7 = 31.5 by hand (31.499999999999996 in binary) → 32.
        $0.monthlyConversations = 90
        $0.firstContactShare = 0.7
      },
      flow("b", .clickToWhatsApp, keyedOn: .phone) {
        // 2.01 × 0.5 × 1 = 1.005 by hand (1.00499999999999989 in binary) → 1.01.
        $0.monthlyAdSpend = Money(amount: 2.01, currency: "EUR")
        $0.firstContactShare = 1
      },
    ]
    let scenario = Self.exposure(flows, adoptions: [0.5]).scenarios[0]
    #expect(scenario.conversations == 32)
    #expect(scenario.spend == [Money(amount: 1.01, currency: "EUR")])
  }

  @Test("default adoptions are 0.05, 0.20, 0.50, recorded as an assumption")
  func defaultAdoptions() throws {
    let result = try assess(inventory { $0.flows = Self.flows })
    #expect(result.exposure.adoptions == [0.05, 0.2, 0.5])
    #expect(result.exposure.scenarios.map(\.conversations) == [783, 3130, 7825])
    #expect(result.assumptions.contains { $0.subject == "username adoption scenarios" })
    let given = try assess(inventory { $0.programme.usernameAdoption = [0.1] })
    #expect(given.exposure.adoptions == [0.1])
    #expect(!given.assumptions.contains { $0.subject == "username adoption scenarios" })
  }

  @Test("without breaking flows every scenario is zero with no spend")
  func nothingBreaks() {
    let exposure = Self.exposure([Self.flows[3]], adoptions: [0.05, 0.5])
    #expect(exposure.flows.isEmpty)
    #expect(exposure.scenarios.map(\.conversations) == [0, 0])
    #expect(exposure.scenarios.allSatisfy { $0.spend.isEmpty && !$0.upperBound })
  }
}

import Testing

@testable import ReadinessCore

@Suite("The observed exposure scenario")
struct ObservedExposureTests {
  static func exposure(_ observed: ObservedMeasurement?) -> Exposure {
    let flows = SilenceExposureTests.flows
    return SilenceExposure.exposure(
      flows: flows, rows: IdentityMatrix.rows(for: inventory { $0.flows = flows }),
      adoptions: [0.05, 0.2], observed: observed)
  }

  static let measured = ObservedMeasurement(
    file: "observed.yaml", measuredTo: Day(iso: "2026-11-22"), sampleSize: 48_210,
    withoutPhoneShare: 0.034, usernameShare: 0.05)

  @Test("computed by hand at the share of messages without a phone number, beside the assumed")
  func byHand() throws {
    let exposure = Self.exposure(Self.measured)
    let observed = try #require(exposure.observed)
    // ctwa 18000 × 0.034 × 0.8 = 489.6; service 1000 × 0.034 = 34 (no share: upper bound);
    // promo 500 × 0.034 × 0.5 = 8.5; 532.1 → 532. EUR 42000 × 0.034 × 0.8 = 1142.40;
    // USD 1000 × 0.034 × 0.5 = 17.
    #expect(observed.scenario.adoption == 0.034 && observed.scenario.conversations == 532)
    #expect(
      observed.scenario.spend == [
        Money(amount: 1142.4, currency: "EUR"), Money(amount: 17, currency: "USD"),
      ])
    #expect(observed.scenario.upperBound)
    #expect(observed.measurement == Self.measured)
    // The assumed scenarios and the per-flow rows are those without it.
    #expect(
      exposure.adoptions == [0.05, 0.2] && exposure.scenarios.map(\.adoption) == [0.05, 0.2])
    #expect(exposure.flows.allSatisfy { $0.adoption != 0.034 })
    #expect(Self.measured.basis == "measured to 2026-11-22 on 48,210 messages")
  }

  @Test("no observed scenario without a file, or when nothing was counted")
  func none() {
    #expect(Self.exposure(nil).observed == nil)
    var empty = Self.measured
    empty.sampleSize = 0
    #expect(Self.exposure(empty).observed == nil)
  }
}

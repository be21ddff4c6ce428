import Testing

@testable import ReadinessCore

/// The roll-up's order and run date, from hand-made entries.
@Suite("PortfolioRollup: roll-up order and the run's date")
struct PortfolioRollupTests {
  static let fallback = Day(iso: "2027-01-01")!

  @Test("valid clients red, amber, green, lower score first, then by file; invalid ones last")
  func order() {
    let entries = [
      PortfolioEntry(invalid: "z.yaml", folder: "z", problems: ["x"]),
      PortfolioTrendUnitTests.entry("g", 90, .green),
      PortfolioTrendUnitTests.entry("b", 70, .amber),
      PortfolioEntry(invalid: "a.yaml", folder: "a", problems: ["x"]),
      PortfolioTrendUnitTests.entry("r2", 40, .red),
      PortfolioTrendUnitTests.entry("a", 60, .amber),
      PortfolioTrendUnitTests.entry("r1", 40, .red),
    ]
    let rollup = PortfolioRollup(entries, fallback: Self.fallback)
    #expect(rollup.entries.map(\.folder) == ["r1", "r2", "a", "b", "g", "a", "z"])
    #expect(rollup.entries.suffix(2).allSatisfy { !$0.isValid })
  }

  @Test("the run's date is the latest as-of among valid clients, else the fallback")
  func runDate() {
    var invalid = PortfolioEntry(invalid: "c.yaml", folder: "c", problems: ["x"])
    invalid.asOf = Day(iso: "2026-12-31")
    let entries = [
      PortfolioTrendUnitTests.entry("a", 1, .red, asOf: "2026-03-02"),
      PortfolioTrendUnitTests.entry("b", 1, .red, asOf: "2026-03-09"), invalid,
    ]
    let rollup = PortfolioRollup(entries, fallback: Self.fallback)
    #expect(rollup.asOf == Day(iso: "2026-03-09"))
    let none = PortfolioRollup([invalid], fallback: Self.fallback)
    #expect(none.asOf == Self.fallback)
  }

  @Test("the same entries in any order give the same roll-up")
  func orderIndependent() {
    let entries = ["c", "a", "b"].map { PortfolioTrendUnitTests.entry($0, 50, .amber) }
    #expect(
      PortfolioRollup(entries, fallback: Self.fallback)
        == PortfolioRollup(entries.reversed(), fallback: Self.fallback))
  }
}

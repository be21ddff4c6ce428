import Testing

@testable import ReadinessCore

/// The portfolio's trend from hand-made entries with hand-computed changes.
@Suite("PortfolioTrend: clients since the previous run, and the last runs")
struct PortfolioTrendUnitTests {
  static func day(_ iso: String) -> Day { Day(iso: iso) ?? Day(ordinal: 0) }

  static func entry(
    _ folder: String, _ overall: Double, _ rag: RAG, risks: [String] = [],
    asOf: String = "2026-03-09"
  ) -> PortfolioEntry {
    var entry = PortfolioEntry(file: "\(folder).yaml", folder: folder)
    entry.overall = overall
    entry.rag = rag
    entry.asOf = day(asOf)
    entry.criticalRiskIDs = risks
    entry.criticalRisks = risks.count
    return entry
  }

  @Test("improved, worsened, went red, new critical risks and unmatched clients, by folder")
  func changes() throws {
    let before = [
      Self.entry("a", 40, .amber, risks: ["r1"]), Self.entry("b", 60, .green),
      Self.entry("c", 30, .red), PortfolioEntry(invalid: "d.yaml", folder: "d", problems: ["x"]),
    ]
    let now = [
      Self.entry("a", 35.5, .red, risks: ["r1", "r2"]), Self.entry("b", 61.25, .green),
      Self.entry("c", 30, .red), Self.entry("d", 10, .red), Self.entry("e", 50, .amber),
    ]
    let trend = PortfolioTrend(
      current: now, asOf: Self.day("2026-03-09"),
      earlier: [
        (asOf: Self.day("2026-03-02"), entries: before),
        (asOf: Self.day("2026-03-16"), entries: []),
      ])
    #expect(trend.previousAsOf == Self.day("2026-03-02"), "a later run is ignored")
    #expect((trend.improved, trend.worsened, trend.wentRed, trend.unmatched) == (1, 1, 1, 2))
    let a = try #require(trend.change(of: now[0]))
    #expect(a.score.delta == -4.5 && a.score.fromRAG == .amber && a.newCriticalRisks == ["r2"])
    #expect(trend.change(of: now[1])?.score.delta == 1.3)
    #expect(trend.change(of: now[3]) == nil, "d was not evaluated then")
    #expect(trend.runs.map(\.asOf.iso) == ["2026-03-02", "2026-03-09"])
    #expect(trend.runs[0].average == 130.0 / 3 && trend.runs[0].evaluated == 3)
    #expect((trend.runs[1].red, trend.runs[1].amber, trend.runs[1].green) == (3, 1, 1))
  }

  @Test("at most runLimit runs, this one last")
  func runs() {
    let earlier = (1...12).map { week in
      (
        asOf: Self.day("2026-01-\(week < 10 ? "0" : "")\(week)"),
        entries: [Self.entry("a", 50, .amber)]
      )
    }
    let trend = PortfolioTrend(
      current: [Self.entry("a", 50, .amber)], asOf: Self.day("2026-02-01"), earlier: earlier)
    #expect(trend.runs.count == PortfolioTrend.runLimit)
    #expect(trend.runs.first?.asOf.iso == "2026-01-06" && trend.runs.last?.asOf.iso == "2026-02-01")
  }
}

import Foundation
import ReadinessCore
import Testing

@testable import ReadinessHistory

/// Portfolio runs recorded into a database on the disk and read back.
@Suite("PortfolioStore: one run per date, its clients in roll-up order")
struct PortfolioStoreTests {
  static func day(_ iso: String) -> Day { Day(iso: iso) ?? Day(ordinal: 0) }

  static func entry(_ folder: String, _ overall: Double, risks: [String] = []) -> PortfolioEntry {
    var entry = PortfolioEntry(file: "clients/\(folder).yaml", folder: folder)
    entry.report = "\(folder)/2026-03-02/report.html"
    entry.name = "Client \(folder)"
    entry.asOf = Day(iso: "2026-03-02")
    entry.overall = overall
    entry.rag = overall < 50 ? .red : .amber
    entry.reason = "why"
    entry.phases = [
      PortfolioEntry.Phase(id: .planning, score: 100, rag: .green),
      PortfolioEntry.Phase(id: .testing, score: nil, rag: .green),
    ]
    entry.criticalRiskIDs = risks
    entry.criticalRisks = risks.count
    entry.exposure = 120.5
    entry.exposureAdoption = 0.5
    return entry
  }

  static let invalid = PortfolioEntry(
    invalid: "clients/bad.yaml", folder: "bad", problems: ["line 1: broken"])

  @Test("a run's entries read back exactly as recorded, from a reopened file")
  func roundTrip() throws {
    let folder = try TemporaryDatabase()
    let entries = [Self.entry("a", 30, risks: ["r2", "r1"]), Self.entry("b", 60), Self.invalid]
    try PortfolioStore(path: folder.path(), forWriting: true).record(
      entries, asOf: Self.day("2026-03-02"), toolVersion: "1")
    let runs = try PortfolioStore(path: folder.path(), forWriting: true).runs(
      before: Self.day("2026-03-09"), limit: 8)
    #expect(runs.count == 1 && runs.first?.asOf == Self.day("2026-03-02"))
    #expect(runs.first?.entries == entries)
  }

  @Test("runs before a date: the latest `limit`, oldest first; a rerun of a date replaces it")
  func runs() throws {
    let folder = try TemporaryDatabase()
    let store = try PortfolioStore(path: folder.path(), forWriting: true)
    for (index, iso) in ["2026-03-02", "2026-03-09", "2026-03-16", "2026-03-23"].enumerated() {
      try store.record([Self.entry("a", Double(index))], asOf: Self.day(iso), toolVersion: "1")
    }
    try store.record(
      [Self.entry("a", 99), Self.entry("b", 1)], asOf: Self.day("2026-03-09"), toolVersion: "2")
    let runs = try store.runs(before: Self.day("2026-03-23"), limit: 2)
    #expect(runs.map(\.asOf.iso) == ["2026-03-09", "2026-03-16"])
    #expect(runs[0].entries.map(\.folder) == ["a", "b"] && runs[0].entries[0].overall == 99)
    #expect(try store.runs(before: Self.day("2026-03-02"), limit: 8).isEmpty)
  }
}

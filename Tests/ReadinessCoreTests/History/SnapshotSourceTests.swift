import Testing

@testable import ReadinessCore

/// Snapshots kept in memory, as the history database keeps them.
struct MemorySource: SnapshotSource {
  typealias Failure = Never
  var snapshots: [Snapshot]

  func snapshot(of programme: String, at day: Day) -> Snapshot? {
    snapshots.first { $0.programme == programme && $0.asOf == day }
  }

  func latest(of programme: String, before day: Day) -> Snapshot? {
    snapshots.filter { $0.programme == programme && $0.asOf < day }.max { $0.asOf < $1.asOf }
  }

  func trend(of programme: String) -> [TrendPoint] {
    snapshots.filter { $0.programme == programme }.sorted { $0.asOf < $1.asOf }.map(TrendPoint.init)
  }

  func programmes() -> [String] { Array(Set(snapshots.map(\.programme))).sorted() }
}

@Suite("The comparison and the trend a report shows, from a snapshot source")
struct SnapshotSourceTests {
  static func snapshot(_ asOf: String, programme: String = "p", overall: Double = 50)
    -> Snapshot
  {
    var snapshot = ChangesTests.snapshot(asOf, overall: overall)
    snapshot.programme = programme
    return snapshot
  }

  @Test("the first report has no changes and a trend of itself")
  func first() {
    let now = Self.snapshot("2026-11-25")
    let history = ReportHistory(for: now, from: MemorySource(snapshots: []))
    #expect(history.changes == nil)
    #expect(history.trend == [TrendPoint(now)])
  }

  @Test("changes are since the latest snapshot before as-of, not a later one nor another programme")
  func sinceLastReport() throws {
    let source = MemorySource(snapshots: [
      Self.snapshot("2026-11-11", overall: 40), Self.snapshot("2026-11-18", overall: 45),
      Self.snapshot("2026-12-02", overall: 90), Self.snapshot("2026-11-20", programme: "q"),
    ])
    let history = ReportHistory(for: Self.snapshot("2026-11-25", overall: 50), from: source)
    let changes = try #require(history.changes)
    #expect(changes.since == day("2026-11-18"))
    #expect(changes.overall.delta == 5)
  }

  @Test("the trend is oldest first, with this report replacing a stored one of its day")
  func trendReplacesItsDay() {
    let source = MemorySource(snapshots: [
      Self.snapshot("2026-11-25", overall: 10), Self.snapshot("2026-11-11", overall: 40),
    ])
    let history = ReportHistory(for: Self.snapshot("2026-11-25", overall: 50), from: source)
    #expect(history.trend.map(\.asOf.iso) == ["2026-11-11", "2026-11-25"])
    #expect(history.trend.map(\.overall.score) == [40, 50])
  }

  @Test("a pair is read for the only programme, or the one named; a missing one says why")
  func pair() throws {
    let source = MemorySource(snapshots: [
      Self.snapshot("2026-11-11"), Self.snapshot("2026-11-18"),
      Self.snapshot("2026-11-18", programme: "q"),
    ])
    let (from, to) = (day("2026-11-11"), day("2026-11-18"))
    let pair = try SnapshotPair.read(from: source, programme: "p", from: from, to: to).get()
    #expect(pair.old.asOf == from && pair.new.asOf == to && pair.programme == "p")
    #expect(
      SnapshotPair.read(from: source, programme: nil, from: from, to: to)
        == .failure(.severalProgrammes(["p", "q"])))
    #expect(
      SnapshotPair.read(from: source, programme: "x", from: from, to: to)
        == .failure(.unknownProgramme("x", available: ["p", "q"])))
    #expect(
      SnapshotPair.read(from: source, programme: "q", from: from, to: to)
        == .failure(.noSnapshot(programme: "q", day: from, available: [to])))
    #expect(
      SnapshotPair.read(from: MemorySource(snapshots: []), programme: nil, from: from, to: to)
        == .failure(.empty))
  }
}

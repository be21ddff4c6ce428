import Foundation
import ReadinessCore
import Testing

@testable import ReadinessHistory

/// Snapshots recorded into a history file on the disk and read back.
@Suite("HistoryStore: snapshots by programme and as-of")
struct HistoryStoreTests {
  static func day(_ iso: String) -> Day { Day(iso: iso) ?? Day(ordinal: 0) }

  /// A snapshot with a row in every table, `score` overall.
  static func snapshot(_ programme: String, _ iso: String, score: Double) -> Snapshot {
    Snapshot(
      programme: programme, asOf: day(iso),
      overall: ScoreRAG(score: score, rag: score < 50 ? .red : .amber, reason: "because 'x'"),
      phases: [
        Snapshot.Phase(id: .planning, score: 100, expected: 100, rag: .green),
        Snapshot.Phase(id: .testing, score: nil, expected: 12.5, rag: .green),
      ],
      items: [Snapshot.Item(id: "R-P1", completion: 0.5, status: .inProgress)],
      risks: [
        Snapshot.RiskEntry(id: "r1", kind: "k", severity: .critical, title: "t", open: true)
      ],
      tasks: [
        Snapshot.Task(
          id: "t1", title: "Task", plannedEnd: day("2026-03-02"), forecastEnd: day("2026-03-09"),
          slip: 5, progress: 40, finished: false, late: true)
      ],
      usernames: [Snapshot.Username(handle: "acme", status: .reserved)],
      exposure: [
        Snapshot.ExposureEntry(adoption: 0.1, conversations: 12, spend: []),
        Snapshot.ExposureEntry(
          adoption: 0.5, conversations: 60,
          spend: [Money(amount: 10, currency: "EUR"), Money(amount: 3, currency: "USD")]),
      ],
      gates: [GateResult(gate: .failOn(.red), failed: score < 50, message: "m")])
  }

  @Test("a snapshot reads back exactly as recorded, from a reopened file")
  func roundTrip() throws {
    let folder = try TemporaryDatabase()
    let recorded = Self.snapshot("acme", "2026-03-02", score: 61.5)
    try HistoryStore(path: folder.path(), forWriting: true).record(recorded, toolVersion: "1.0")
    let store = try HistoryStore(path: folder.path(), forWriting: true)
    #expect(try store.snapshot(of: "acme", at: Self.day("2026-03-02")) == recorded)
    #expect(try store.snapshot(of: "acme", at: Self.day("2026-03-03")) == nil)
    #expect(try store.snapshot(of: "other", at: Self.day("2026-03-02")) == nil)
  }

  @Test("recording the same programme and as-of again replaces that snapshot only")
  func rerunReplaces() throws {
    let folder = try TemporaryDatabase()
    let store = try HistoryStore(path: folder.path(), forWriting: true)
    try store.record(Self.snapshot("acme", "2026-03-02", score: 40), toolVersion: "1.0")
    try store.record(Self.snapshot("acme", "2026-03-09", score: 45), toolVersion: "1.0")
    let rerun = Self.snapshot("acme", "2026-03-02", score: 70)
    try store.record(rerun, toolVersion: "1.1")
    #expect(try store.snapshot(of: "acme", at: Self.day("2026-03-02")) == rerun)
    #expect(try store.trend(of: "acme").map(\.overall.score) == [70, 45])
  }

  @Test(
    "a rerun that checks no gates keeps the date's gate results; one that checks gates replaces them"
  )
  func rerunKeepsGates() throws {
    let folder = try TemporaryDatabase()
    let store = try HistoryStore(path: folder.path(), forWriting: true)
    let scheduled = Self.snapshot("acme", "2026-03-02", score: 40)
    try store.record(scheduled, toolVersion: "1.0")
    // A later `report --format md` for the same date checks no gate.
    var markdown = Self.snapshot("acme", "2026-03-02", score: 41)
    markdown.gates = []
    try store.record(markdown, toolVersion: "1.0")
    let kept = try #require(try store.snapshot(of: "acme", at: Self.day("2026-03-02")))
    #expect(kept.overall.score == 41 && kept.gates == scheduled.gates)
    // A rerun with its own gates records those instead.
    var gated = Self.snapshot("acme", "2026-03-02", score: 70)
    gated.gates = [GateResult(gate: .failOn(.amber), failed: true, message: "amber")]
    try store.record(gated, toolVersion: "1.0")
    #expect(try store.snapshot(of: "acme", at: Self.day("2026-03-02"))?.gates == gated.gates)
  }

  @Test("latest-before, programmes and trend: by date, per programme, oldest first")
  func queries() throws {
    let folder = try TemporaryDatabase()
    let store = try HistoryStore(path: folder.path(), forWriting: true)
    for (programme, iso, score) in [
      ("beta", "2026-03-09", 30.0), ("acme", "2026-03-16", 50), ("acme", "2026-03-02", 20),
      ("acme", "2026-03-09", 35),
    ] {
      try store.record(Self.snapshot(programme, iso, score: score), toolVersion: "1.0")
    }
    #expect(try store.programmes() == ["acme", "beta"])
    #expect(try store.latest(of: "acme", before: Self.day("2026-03-16"))?.overall.score == 35)
    #expect(try store.latest(of: "acme", before: Self.day("2026-03-02")) == nil)
    let trend = try store.trend(of: "acme")
    #expect(trend.map(\.asOf.iso) == ["2026-03-02", "2026-03-09", "2026-03-16"])
    #expect(trend.first?.phases == Self.snapshot("acme", "2026-03-02", score: 20).phases)
  }
}

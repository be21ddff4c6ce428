import Testing

@testable import ReadinessCore

/// Gates checked against the overall result, and the snapshot an assessment leaves.
@Suite("Gates and snapshots")
struct GateAndSnapshotTests {
  @Test("gates: fail-under below the score, fail-on at that RAG or worse")
  func gates() {
    let overall = ScoreRAG(score: 52.9, rag: .amber, reason: "amber")
    #expect(Gate.failUnder(60).check(overall).failed)
    #expect(!Gate.failUnder(52.9).check(overall).failed)
    #expect(Gate.failOn(.amber).check(overall).failed)
    #expect(!Gate.failOn(.red).check(overall).failed)
    #expect(Gate.failOn(.red).check(ScoreRAG(score: 10, rag: .red, reason: "red")).failed)
    #expect(Gate.failUnder(60).check(overall).message == "overall score 52.9 is under 60")
    #expect(Gate(name: "fail-under", threshold: "60") == .failUnder(60))
    #expect(Gate(name: "fail-on", threshold: "amber") == .failOn(.amber))
  }

  @Test("a gate threshold read back from a history file formats whatever its size")
  func hugeThreshold() throws {
    let gate = try #require(Gate(name: "fail-under", threshold: "1e300"))
    #expect(gate.threshold == "1e+300")
  }

  @Test("a snapshot keeps the assessment's scores, items, risks, tasks and exposure")
  func snapshotOfAssessment() throws {
    let assessment = try assess(
      inventory {
        $0.tasks = [task("t1", .planning, start: "2026-01-05", duration: 5, progress: 40)]
      }, asOf: "2026-01-01")
    let snapshot = Snapshot(assessment, gates: [.failUnder(101)])
    #expect(snapshot.overall == assessment.overall)
    #expect(snapshot.items.count == assessment.checklist.count)
    #expect(snapshot.tasks.map(\.id) == ["t1"])
    #expect(snapshot.tasks.first?.progress == 40)
    #expect(snapshot.tasks.first?.forecastEnd == assessment.task("t1")?.forecastEnd)
    #expect(snapshot.gates.map(\.failed) == [true])
    #expect(snapshot.phases.map(\.id) == [.planning, .implementation, .testing])
  }
}

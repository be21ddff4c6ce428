import Testing

@testable import ReadinessCore

/// The comparison of two snapshots, from hand-made snapshots with hand-computed changes.
@Suite("Changes: what moved between two snapshots")
struct ChangesTests {
  static func snapshot(
    _ asOf: String, overall: Double = 50, rag: RAG = .amber,
    _ configure: (inout Snapshot) -> Void = { _ in }
  ) -> Snapshot {
    var snapshot = Snapshot(
      programme: "p", asOf: day(asOf),
      overall: ScoreRAG(score: overall, rag: rag, reason: rag.rawValue),
      phases: [
        .init(id: .planning, score: 80, expected: 100, rag: .red),
        .init(id: .implementation, score: nil, expected: 50, rag: .green),
      ],
      items: [], risks: [], tasks: [], usernames: [], exposure: [])
    configure(&snapshot)
    return snapshot
  }

  static func taskEntry(
    _ id: String, forecastEnd: String, finished: Bool = false, late: Bool = false
  )
    -> Snapshot.Task
  {
    Snapshot.Task(
      id: id, title: "Task \(id)", plannedEnd: day("2026-11-20"), forecastEnd: day(forecastEnd),
      slip: 0, progress: finished ? 100 : 50, finished: finished, late: late)
  }

  static func riskEntry(_ id: String, _ severity: Severity, open: Bool = true) -> Snapshot.RiskEntry
  {
    .init(id: id, kind: "manual", severity: severity, title: "Risk \(id)", open: open)
  }

  @Test("overall and phase deltas are now − then to one decimal, with RAG then and now")
  func scores() {
    let before = Self.snapshot("2026-11-18", overall: 52.9, rag: .red)
    var after = Self.snapshot("2026-11-25", overall: 55.0, rag: .amber)
    after.phases[0].score = 77.4
    after.phases[1].score = 10
    let changes = Changes.between(before, after)
    #expect(changes.since == day("2026-11-18"))
    #expect(changes.overall.delta == 2.1)
    #expect(changes.overall.fromRAG == .red && changes.overall.toRAG == .amber)
    #expect(changes.phases.map(\.change.delta) == [-2.6, nil])
    #expect(changes.phases[1].change.from == nil && changes.phases[1].change.to == 10)
    #expect(!changes.isEmpty)
  }

  @Test("two equal snapshots change nothing")
  func nothingMoved() {
    let snapshot = Self.snapshot("2026-11-18") {
      $0.items = [.init(id: "R-P1", completion: 0.5, status: .inProgress)]
      $0.tasks = [Self.taskEntry("a", forecastEnd: "2026-11-20")]
      $0.exposure = [.init(adoption: 0.2, conversations: 100, spend: [])]
    }
    var later = snapshot
    later.asOf = day("2026-11-25")
    let changes = Changes.between(snapshot, later)
    #expect(changes.isEmpty)
    #expect(changes.overall.delta == 0)
  }

  @Test("items move by status or completion; an unmoved item is left out")
  func items() {
    let before = Self.snapshot("2026-11-18") {
      $0.items = [
        .init(id: "R-P1", completion: 0.5, status: .inProgress),
        .init(id: "R-P2", completion: 0.25, status: .inProgress),
        .init(id: "R-P3", completion: nil, status: .notApplicable),
      ]
    }
    let after = Self.snapshot("2026-11-25") {
      $0.items = [
        .init(id: "R-P1", completion: 1, status: .done),
        .init(id: "R-P2", completion: 0.25, status: .inProgress),
        .init(id: "R-P3", completion: 0, status: .notStarted),
      ]
    }
    let items = Changes.between(before, after).items
    #expect(items.map(\.id) == ["R-P1", "R-P3"])
    #expect(items[0].fromStatus == .inProgress && items[0].toStatus == .done)
    #expect(items[0].fromCompletion == 0.5 && items[0].toCompletion == 1)
    #expect(items[1].fromCompletion == nil && items[1].toCompletion == 0)
  }

  @Test("risks: new when open now and not before, closed when open before and not now, re-graded")
  func risks() {
    let before = Self.snapshot("2026-11-18") {
      $0.risks = [
        Self.riskEntry("gone", .high), Self.riskEntry("closing", .medium),
        Self.riskEntry("worse", .medium), Self.riskEntry("same", .low),
        Self.riskEntry("reopened", .low, open: false),
      ]
    }
    let after = Self.snapshot("2026-11-25") {
      $0.risks = [
        Self.riskEntry("closing", .medium, open: false), Self.riskEntry("worse", .critical),
        Self.riskEntry("same", .low), Self.riskEntry("reopened", .low),
        Self.riskEntry("fresh", .high),
      ]
    }
    let changes = Changes.between(before, after)
    #expect(changes.newRisks.map(\.id) == ["reopened", "fresh"])
    #expect(changes.closedRisks.map(\.id) == ["gone", "closing"])
    #expect(changes.regradedRisks.map(\.risk.id) == ["worse"])
    #expect(changes.regradedRisks.first?.from == .medium)
  }

  @Test("tasks: slipped by working days between forecast ends, finished, became late")
  func tasks() {
    let before = Self.snapshot("2026-11-18") {
      $0.tasks = [
        Self.taskEntry("slips", forecastEnd: "2026-11-20"),  // a Friday
        Self.taskEntry("earlier", forecastEnd: "2026-11-27"),
        Self.taskEntry("finishes", forecastEnd: "2026-11-20"),
        Self.taskEntry("late", forecastEnd: "2026-11-20"),
        Self.taskEntry("was-late", forecastEnd: "2026-11-20", late: true),
      ]
    }
    let after = Self.snapshot("2026-11-25") {
      $0.tasks = [
        Self.taskEntry("slips", forecastEnd: "2026-11-24"),  // the Tuesday after: 2 working days
        Self.taskEntry("earlier", forecastEnd: "2026-11-26"),
        Self.taskEntry("finishes", forecastEnd: "2026-11-20", finished: true),
        Self.taskEntry("late", forecastEnd: "2026-11-20", late: true),
        Self.taskEntry("was-late", forecastEnd: "2026-11-20", late: true),
        Self.taskEntry("new", forecastEnd: "2026-12-31", late: true),
      ]
    }
    let changes = Changes.between(before, after)
    #expect(changes.slippedTasks.map(\.task.id) == ["slips"])
    #expect(changes.slippedTasks.first?.workingDays == 2)
    #expect(changes.slippedTasks.first?.from == day("2026-11-20"))
    #expect(changes.finishedTasks.map(\.id) == ["finishes"])
    #expect(changes.lateTasks.map(\.id) == ["late"])
  }

  @Test("usernames: changed, new and removed handles")
  func usernames() {
    let before = Self.snapshot("2026-11-18") {
      $0.usernames = [.init(handle: "a", status: .requested), .init(handle: "b", status: .claimed)]
    }
    let after = Self.snapshot("2026-11-25") {
      $0.usernames = [.init(handle: "a", status: .claimed), .init(handle: "c", status: .eligible)]
    }
    let names = Changes.between(before, after).usernames
    #expect(
      names == [
        UsernameChange(handle: "a", from: .requested, to: .claimed),
        UsernameChange(handle: "c", from: nil, to: .eligible),
        UsernameChange(handle: "b", from: .claimed, to: nil),
      ])
  }

  @Test("exposure: every adoption share now, spend per currency of either side, 0 where absent")
  func exposure() {
    let before = Self.snapshot("2026-11-18") {
      $0.exposure = [
        .init(adoption: 0.2, conversations: 100, spend: [Money(amount: 50, currency: "GBP")])
      ]
    }
    let after = Self.snapshot("2026-11-25") {
      $0.exposure = [
        .init(adoption: 0.2, conversations: 80, spend: [Money(amount: 40, currency: "EUR")]),
        .init(adoption: 0.5, conversations: 200, spend: []),
      ]
    }
    let exposure = Changes.between(before, after).exposure
    #expect(exposure.count == 2)
    #expect(exposure[0].fromConversations == 100 && exposure[0].toConversations == 80)
    #expect(
      exposure[0].spend == [
        SpendChange(currency: "EUR", from: 0, to: 40),
        SpendChange(currency: "GBP", from: 50, to: 0),
      ])
    #expect(exposure[1].fromConversations == nil && exposure[1].moved)
  }
}

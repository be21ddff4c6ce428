import ReadinessCore

/// A history of two snapshots a week apart, in which something of every kind moved.
enum HistoryFixture {
  static func day(_ iso: String) -> Day { Day(iso: iso)! }

  static let before = Snapshot(
    programme: "p", asOf: day("2026-11-18"),
    overall: ScoreRAG(score: 52.9, rag: .red, reason: "red"),
    phases: [
      .init(id: .planning, score: 78.5, expected: 100, rag: .red),
      .init(id: .implementation, score: 46.4, expected: 88.5, rag: .amber),
      .init(id: .testing, score: nil, expected: 0, rag: .green),
    ],
    items: [.init(id: "R-P1", completion: 0.5, status: .inProgress)],
    risks: [
      .init(id: "old", kind: "manual", severity: .high, title: "Old <risk>", open: true),
      .init(id: "regrade", kind: "manual", severity: .low, title: "Regraded", open: true),
    ],
    tasks: [
      .init(
        id: "t1", title: "Build & ship", plannedEnd: day("2026-11-20"),
        forecastEnd: day("2026-11-20"), slip: 0, progress: 50, finished: false, late: false)
    ],
    usernames: [.init(handle: "acme", status: .requested)],
    exposure: [
      .init(adoption: 0.2, conversations: 2880, spend: [Money(amount: 8400, currency: "EUR")])
    ])

  static var after: Snapshot {
    var snapshot = before
    snapshot.asOf = day("2026-11-25")
    snapshot.overall = ScoreRAG(score: 61.2, rag: .amber, reason: "amber")
    snapshot.phases[0].score = 90
    snapshot.phases[0].rag = .amber
    snapshot.items = [.init(id: "R-P1", completion: 1, status: .done)]
    snapshot.risks = [
      .init(id: "regrade", kind: "manual", severity: .high, title: "Regraded", open: true),
      .init(id: "new", kind: "task-late", severity: .medium, title: "New \"risk\"", open: true),
    ]
    snapshot.tasks[0].forecastEnd = day("2026-11-27")
    snapshot.tasks[0].late = true
    snapshot.usernames[0].status = .claimed
    snapshot.exposure[0].conversations = 1440
    return snapshot
  }

  /// `assessment` with the two-snapshot history, or the first report's when `first`.
  static func with(_ assessment: Assessment, first: Bool = false) -> Assessment {
    var assessment = assessment
    assessment.history =
      first
      ? ReportHistory(changes: nil, trend: [TrendPoint(after)])
      : ReportHistory(
        changes: Changes.between(before, after), trend: [TrendPoint(before), TrendPoint(after)])
    return assessment
  }
}

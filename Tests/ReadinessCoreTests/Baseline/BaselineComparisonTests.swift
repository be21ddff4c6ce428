import ReadinessCore
import ReadinessTestSupport
import Testing

/// The forecast against a saved baseline, with no I/O: per task dates, working days behind the
/// baseline's finish, and the tasks re-planned since.
@Suite("BaselineComparison: forecast and plan against a saved baseline")
struct BaselineComparisonTests {
  /// Two chained tasks from Monday 2026-03-02, the first `first` working days long, at as-of
  /// 2026-02-27, before either starts: the forecast is the plan.
  static func assessment(first: Int, extra: Bool = false) throws -> Assessment {
    try assess(
      inventory {
        $0.tasks = [
          task("build", start: "2026-03-02", duration: first),
          task("ship", duration: 5, dependsOn: ["build"]),
        ]
        if extra { $0.tasks.append(task("train", start: "2026-03-02", duration: 2)) }
      }, asOf: "2026-02-27")
  }

  @Test("the same plan: no re-planned task, on baseline, each task's dates its own")
  func unchanged() throws {
    let schedule = try Self.assessment(first: 10).schedule
    let baseline = Baseline(name: "v1", savedOn: day("2026-03-02"), schedule: schedule)
    let comparison = BaselineComparison(schedule: schedule, baseline: baseline)
    #expect(comparison.replanned.isEmpty)
    #expect(comparison.behind == 0)
    #expect(comparison.baselineFinish == day("2026-03-20"))
    #expect(
      comparison.taskDates["ship"]
        == BaselineComparison.Dates(start: day("2026-03-16"), end: day("2026-03-20")))
  }

  @Test("a longer task moves both: 5 working days behind baseline, both listed with their dates")
  func replanned() throws {
    let saved = Baseline(
      name: "v1", savedOn: day("2026-03-02"), schedule: try Self.assessment(first: 10).schedule)
    let schedule = try Self.assessment(first: 15, extra: true).schedule
    let comparison = BaselineComparison(schedule: schedule, baseline: saved)
    #expect(comparison.plannedFinish == day("2026-03-27"))
    #expect(comparison.forecastFinish == day("2026-03-27"))
    #expect(comparison.baselineFinish == day("2026-03-20"))
    #expect(comparison.behind == 5)
    #expect(comparison.replanned.map(\.id) == ["build", "ship", "train"])
    let build = try #require(comparison.replanned.first)
    #expect(build.baseline == .init(start: day("2026-03-02"), end: day("2026-03-13")))
    #expect(build.plan == .init(start: day("2026-03-02"), end: day("2026-03-20")))
    #expect(comparison.replanned.last?.baseline == nil)
    #expect(comparison.taskDates["train"] == nil)
  }

  @Test("a task removed since the baseline is listed last with no plan dates; ahead is negative")
  func removed() throws {
    let saved = Baseline(
      name: "v1", savedOn: day("2026-03-02"),
      schedule: try Self.assessment(first: 15, extra: true).schedule)
    let comparison = BaselineComparison(
      schedule: try Self.assessment(first: 10).schedule, baseline: saved)
    #expect(comparison.behind == -5)
    #expect(comparison.replanned.map(\.id) == ["build", "ship", "train"])
    #expect(comparison.replanned.last?.plan == nil)
    #expect(comparison.replanned.last?.baseline?.end == day("2026-03-03"))
  }

  @Test("changes between snapshots name a change of baseline, or of its finish, and only then")
  func changes() throws {
    var before = Snapshot(try Self.assessment(first: 10))
    var after = before
    before.baseline = BaselineMark(name: "v1", finish: day("2026-03-20"))
    after.baseline = before.baseline
    #expect(Changes.between(before, after).baseline == nil)
    #expect(Changes.between(before, after).isEmpty)
    after.baseline?.finish = day("2026-03-27")
    #expect(
      Changes.between(before, after).baseline
        == BaselineChange(from: before.baseline, to: after.baseline))
    #expect(!Changes.between(before, after).isEmpty)
    after.baseline = nil
    #expect(Changes.between(before, after).baseline?.to == nil)
  }

  @Test("which baseline: the named one, else the first saved, else none; a missing name throws")
  func choice() throws {
    #expect(try BaselineChoice.name(nil, among: ["a", "b"]) == "a")
    #expect(try BaselineChoice.name("b", among: ["a", "b"]) == "b")
    #expect(try BaselineChoice.name(nil, among: []) == nil)
    #expect(throws: BaselineChoice.Missing(name: "c", saved: ["a", "b"])) {
      try BaselineChoice.name("c", among: ["a", "b"])
    }
  }

  @Test("an id is the inventory's: letter or digit first, then letters, digits, '.', '_', '-'")
  func ids() {
    #expect(InputLimits.isID("plan-2026.03_b"))
    #expect(!InputLimits.isID("-plan"))
    #expect(!InputLimits.isID("plan 1"))
    #expect(!InputLimits.isID(""))
    #expect(!InputLimits.isID(String(repeating: "a", count: InputLimits.idLength + 1)))
  }
}

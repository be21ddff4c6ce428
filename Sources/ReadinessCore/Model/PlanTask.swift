/// A task in the `tasks` section: a unit of planned work, or a milestone.
public struct PlanTask: Sendable {
  public var id: String
  public var title: String
  public var phase: PhaseID
  public var owner: String?
  public var start: Day?
  /// Inclusive end date; a task gives `end` or `duration`, not both.
  public var end: Day?
  /// Working days (Monday–Friday).
  public var duration: Int?
  public var dependsOn: [String] = []
  /// Percent complete, 0–100. Not given: 100 when `status: done`, else 0.
  public var progress: Double = 0
  /// Not given: derived from progress (0 → not_started, 100 → done, else in_progress).
  public var status: WorkStatus = .notStarted
  /// Checklist items this task advances (`R-I1`).
  public var covers: [ChecklistItemID] = []
  public var milestone = false
  public var location: SourceLocation?
  /// Where its values are, so date and dependency errors point at them.
  public var origin = SourceMap()

  public init(id: String, title: String, phase: PhaseID) {
    self.id = id
    self.title = title
    self.phase = phase
  }
}

extension PlanTask {
  /// Finished: `status: done` or progress 100.
  var isFinished: Bool { status == .done || progress >= 100 }
  /// A milestone with its own date (`end`, or `start`), which marks the start of that day.
  public var hasOwnDate: Bool { milestone && (end != nil || start != nil) }
  /// Progress clamped to 0–100 (NaN counts as 0).
  var clampedProgress: Double { progress.isNaN ? 0 : min(max(progress, 0), 100) }
}

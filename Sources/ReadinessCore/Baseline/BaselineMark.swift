/// Which saved baseline a snapshot was compared with, and the finish it planned: what `diff`
/// compares between two snapshots.
public struct BaselineMark: Sendable, Equatable {
  public var name: String
  public var finish: Day?
  public init(name: String, finish: Day?) {
    self.name = name
    self.finish = finish
  }

  /// The baseline `comparison` was made with.
  public init(_ comparison: BaselineComparison) {
    self.init(name: comparison.name, finish: comparison.baselineFinish)
  }
}

/// Two snapshots compared with different baselines, or with one whose finish moved (replaced);
/// nil on a side that had none.
public struct BaselineChange: Sendable, Equatable {
  public var from: BaselineMark?
  public var to: BaselineMark?
  public init(from: BaselineMark?, to: BaselineMark?) {
    self.from = from
    self.to = to
  }
}

/// The decisions not yet taken at as-of (proposed or superseded): those past their needed-by
/// day, and the rest, each by needed-by day (undated last) then title.
public struct WaitingDecisions: Sendable {
  public var overdue: [Decision]
  public var needed: [Decision]

  public init(_ decisions: [Decision], asOf: Day) {
    let open = decisions.filter { $0.effectiveStatus != .decided }.sorted {
      ($0.neededBy?.ordinal ?? Int.max, $0.title) < ($1.neededBy?.ordinal ?? Int.max, $1.title)
    }
    overdue = open.filter { $0.isOverdue(at: asOf) }
    needed = open.filter { !$0.isOverdue(at: asOf) }
  }

  public var isEmpty: Bool { overdue.isEmpty && needed.isEmpty }
}

extension Decision {
  /// Still not decided after the day it was needed by; a `superseded` decision counts as not
  /// decided (somebody has to settle what replaces it). The `decision-overdue` risk and the
  /// briefing's overdue decisions are these.
  public func isOverdue(at asOf: Day) -> Bool {
    guard let neededBy else { return false }
    return asOf > neededBy && effectiveStatus != .decided
  }
}

extension Assessment {
  /// The decisions waiting at as-of.
  public var waitingDecisions: WaitingDecisions { WaitingDecisions(decisions, asOf: asOf) }
}

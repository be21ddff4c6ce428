/// How the day an inventory is read at is chosen, once, when it is loaded: `given` (the CLI's
/// `--as-of`) wins, then the programme's `as_of`, else `today`. The validated inventory carries
/// the day chosen, and everything after reads it from there.
public struct AsOfChoice: Sendable, Equatable {
  public var given: Day?
  public var today: Day

  public init(given: Day? = nil, today: Day) {
    self.given = given
    self.today = today
  }

  /// The day `programme` is read at.
  public func day(for programme: Programme) -> Day {
    given ?? programme.asOf ?? today
  }
}

/// One roll-up's clients in roll-up order and its run's date: what the roll-up files show and
/// the portfolio database records. The same entries give the same roll-up, however many shards
/// they came from.
public struct PortfolioRollup: Sendable, Equatable {
  /// Valid clients worst first, then invalid ones (`PortfolioEntry.worstFirst`).
  public let entries: [PortfolioEntry]
  /// The run's date: the latest as-of among the evaluated clients (every client's, when
  /// `--as-of` is given), else the fallback.
  public let asOf: Day

  /// The roll-up of `entries`; `fallback` dates a run with no evaluated client.
  public init(_ entries: [PortfolioEntry], fallback: Day) {
    self.entries = entries.sorted(by: PortfolioEntry.worstFirst)
    asOf = entries.filter(\.isValid).compactMap(\.asOf).max() ?? fallback
  }
}

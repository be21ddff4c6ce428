extension Assessment {
  /// How many open risks an output leads with: report.html's summary shows `report`, the
  /// briefing and summary.md `summary` (a later change makes them one count).
  public enum TopRiskCount {
    public static let report = 3
    public static let summary = 5
  }

  /// The open risks, worst first.
  public var openRisks: [Risk] { risks.filter(\.open) }

  /// The first `limit` open risks, worst first.
  public func topRisks(limit: Int) -> [Risk] { Array(openRisks.prefix(limit)) }
}

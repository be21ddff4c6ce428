extension Assessment {
  /// How many top risks every output leads with (report headline, briefing, terminal,
  /// report.md).
  public static let topRiskCount = 5

  /// The open risks, worst first (the register's order).
  public var openRisks: [Risk] { risks.filter(\.open) }

  /// The one list of top risks (docs/readiness-model.md, "The PM owns the register"): open
  /// risks by the severity that decides the RAG, manual before generated, then by due date
  /// (undated last), then id; the first five.
  public var topRisks: [Risk] {
    let sorted = openRisks.sorted {
      let left = ($0.ragSeverity, $0.kind == .manual ? 0 : 1, $0.due?.ordinal ?? Int.max)
      let right = ($1.ragSeverity, $1.kind == .manual ? 0 : 1, $1.due?.ordinal ?? Int.max)
      return left != right ? left < right : $0.id < $1.id
    }
    return Array(sorted.prefix(Self.topRiskCount))
  }
}

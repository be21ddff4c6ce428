/// The checks on the `risks` section that need the whole entry or as-of: a risk of one's own
/// needs a title and a severity (an override keeps the generated ones); an acceptance needs a
/// review date at most 12 weeks after as-of, and lapses after it (a warning).
enum RiskChecks {
  /// Longest an acceptance may run before its review, in days (12 weeks).
  static let acceptanceDays = 84

  static func check(_ risks: [ManualRisk], asOf: Day) -> [Diagnostic] {
    risks.flatMap { risk in missing(risk) + review(risk, asOf: asOf) }
  }

  /// A title and a severity, required unless the entry overrides a generated risk.
  static func missing(_ risk: ManualRisk) -> [Diagnostic] {
    guard !risk.isOverride else { return [] }
    var found: [Diagnostic] = []
    if risk.title.isEmpty && !risk.isRejected(\.title) {
      found.append(needs("title", "say what could go wrong", risk))
    }
    if risk.severity == nil && !risk.isRejected(\.severity) {
      found.append(needs("severity", "critical, high, medium or low", risk))
    }
    return found
  }

  private static func needs(_ key: String, _ what: String, _ risk: ManualRisk) -> Diagnostic {
    Diagnostic(
      .error, code: .missingKey, "risk '\(risk.id.clipped)' needs '\(key)'",
      at: risk.location,
      hint: "add '\(key): …' (\(what)); only an entry whose id is a generated risk's"
        + " (operational-silence:ctwa-ev, tasks-late) overrides that risk and may leave it out")
  }

  /// An accepted risk's review date: required, at most 12 weeks after as-of; past, a warning.
  static func review(_ risk: ManualRisk, asOf: Day) -> [Diagnostic] {
    guard risk.state == .accepted, !risk.isRejected(\.review) else { return [] }
    let latest = Day(ordinal: asOf.ordinal + acceptanceDays)
    guard let review = risk.review else {
      return [
        Diagnostic(
          .error, code: .missingKey, "accepted risk '\(risk.id.clipped)' needs a 'review' date",
          at: risk.location(of: \.state) ?? risk.location,
          hint: "add 'review: YYYY-MM-DD', the day the acceptance is looked at again, at most"
            + " 12 weeks after as-of (by \(latest.iso))")
      ]
    }
    if review > latest {
      return [
        Diagnostic(
          .error, code: .outOfRange,
          "risk '\(risk.id.clipped)' is accepted until \(review.iso), more than 12 weeks after"
            + " as-of \(asOf.iso)",
          at: risk.location(of: \.review) ?? risk.location,
          hint: "an acceptance is reviewed within 12 weeks: set 'review' to \(latest.iso) or"
            + " earlier")
      ]
    }
    guard review < asOf else { return [] }
    return [
      Diagnostic(
        .warning, code: .riskAcceptanceLapsed,
        "the acceptance of risk '\(risk.id.clipped)' lapsed on \(review.iso): it counts as open"
          + " again",
        at: risk.location(of: \.review) ?? risk.location,
        hint: "review it: accept it again with a new 'review' date, close it, or leave it open")
    ]
  }
}

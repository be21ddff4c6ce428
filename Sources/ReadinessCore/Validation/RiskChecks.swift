/// The checks on the `risks` section that need the whole entry or as-of: a risk of one's own
/// needs a title and a severity (an override keeps the generated ones); an acceptance needs a
/// review date at most 12 weeks after as-of, and lapses after it (a warning).
enum RiskChecks {
  private typealias M = CheckMessages

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
      found.append(needs("title", M.riskTitle, risk))
    }
    if risk.severity == nil && !risk.isRejected(\.severity) {
      found.append(needs("severity", M.riskSeverity, risk))
    }
    return found
  }

  private static func needs(_ key: String, _ what: MessageKey, _ risk: ManualRisk) -> Diagnostic {
    Diagnostic(
      .error, code: .missingKey,
      Message(M.riskNeeds, ["risk": .text(risk.id.clipped), "key": .text(key)]), at: risk.location,
      hint: Message(M.riskNeedsHint, ["key": .text(key), "what": .word(what)]))
  }

  /// An accepted risk's review date: required, at most 12 weeks after as-of; past, a warning.
  static func review(_ risk: ManualRisk, asOf: Day) -> [Diagnostic] {
    guard risk.state == .accepted, !risk.isRejected(\.review) else { return [] }
    let latest = Day(ordinal: asOf.ordinal + acceptanceDays)
    guard let review = risk.review else {
      return [
        Diagnostic(
          .error, code: .missingKey, Message(M.reviewMissing, ["risk": .text(risk.id.clipped)]),
          at: risk.location(of: \.state) ?? risk.location,
          hint: Message(M.reviewMissingHint, ["latest": .day(latest)]))
      ]
    }
    if review > latest {
      return [
        Diagnostic(
          .error, code: .outOfRange,
          Message(
            M.reviewLate,
            ["risk": .text(risk.id.clipped), "review": .day(review), "asOf": .day(asOf)]),
          at: risk.location(of: \.review) ?? risk.location,
          hint: Message(M.reviewLateHint, ["latest": .day(latest)]))
      ]
    }
    guard review < asOf else { return [] }
    return [
      Diagnostic(
        .warning, code: .riskAcceptanceLapsed,
        Message(M.lapsed, ["risk": .text(risk.id.clipped), "review": .day(review)]),
        at: risk.location(of: \.review) ?? risk.location, hint: Message(M.lapsedHint))
    ]
  }
}

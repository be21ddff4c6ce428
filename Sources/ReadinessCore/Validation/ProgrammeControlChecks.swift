/// The programme manager's controls checked at `as_of`: a RAG override set for more than
/// 8 weeks is an error, one past its `until` a warning (it lapses); issue ids are unique and
/// each `link` names a task, a milestone, a risk or a generated risk's kind.
enum ProgrammeControlChecks {
  static func check(_ inventory: Inventory, asOf: Day) -> [Diagnostic] {
    overrides(inventory.programme.ragOverrides, asOf: asOf) + issues(inventory)
      + language(inventory.programme)
  }

  /// `programme.language` names a language the tool has a catalogue for.
  static func language(_ programme: Programme) -> [Diagnostic] {
    guard let tag = programme.language, ReportLanguages.catalogue(for: tag) == nil else {
      return []
    }
    return [
      Diagnostic(
        .error, code: .unknownLanguage,
        "programme.language '\(tag.clipped)' is not a language the reports are written in",
        at: programme.languageLocation ?? programme.location,
        hint: ReportLanguages.hint)
    ]
  }

  static func overrides(_ overrides: [RAGOverride], asOf: Day) -> [Diagnostic] {
    let latest = asOf.adding(days: RAGOverride.longestDays)
    return overrides.compactMap { override in
      let at = override.location(of: \.until) ?? override.location
      let scope = "the \(override.scope.rawValue) RAG override"
      if override.until > latest {
        return Diagnostic(
          .error, code: .ragOverrideTooLong,
          "\(scope) holds until \(override.until.iso), more than 8 weeks after \(asOf.iso)",
          at: at,
          hint: "set until to \(latest.iso) or earlier, and renew it when it lapses")
      }
      if override.until < asOf {
        return Diagnostic(
          .warning, code: .ragOverrideLapsed,
          "\(scope) lapsed on \(override.until.iso): the computed RAG is shown alone",
          at: at, hint: "renew it with a later until, or remove it")
      }
      return nil
    }
  }

  static func issues(_ inventory: Inventory) -> [Diagnostic] {
    var found = ReferenceChecks.duplicates(
      inventory.issues.map { ($0.id, $0.location(of: \.id)) }, noun: "issue id")
    let written =
      inventory.tasks.map { ReferenceChecks.Written($0.id, $0.location(of: \.id)) }
      + inventory.programme.milestones.map { ($0.id, $0.location(of: \.id)) }
      + inventory.risks.map { ($0.id, $0.location(of: \.id)) }
    let known = ReferenceChecks.Known(written, noun: "risk or task")
    let generated = Set(Risk.Kind.allCases.filter { $0 != .manual }.map(\.rawValue))
    for issue in inventory.issues {
      // A generated risk's id (`late-start:bsuid-webhooks`) is known only once assessed.
      if let link = issue.link, let colon = link.firstIndex(of: ":"),
        generated.contains(String(link[..<colon]))
      {
        continue
      }
      found += known.unknown(in: \.link, of: issue)
    }
    return found
  }
}

/// The programme manager's controls checked at `as_of`: a RAG override set for more than
/// 8 weeks is an error, one past its `until` a warning (it lapses); issue ids are unique and
/// each `link` names a task, a milestone, a risk or a generated risk's kind.
enum ProgrammeControlChecks {
  private typealias M = CheckMessages

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
        Message(M.language, ["tag": .text(tag.clipped)]),
        at: programme.languageLocation ?? programme.location, hint: ReportLanguages.hintMessage)
    ]
  }

  static func overrides(_ overrides: [RAGOverride], asOf: Day) -> [Diagnostic] {
    let latest = asOf.adding(days: RAGOverride.longestDays)
    return overrides.compactMap { override in
      let at = override.location(of: \.until) ?? override.location
      let named: MessageArguments = [
        "scope": .text(override.scope.rawValue), "until": .day(override.until), "asOf": .day(asOf),
      ]
      if override.until > latest {
        return Diagnostic(
          .error, code: .ragOverrideTooLong, Message(M.overrideTooLong, named), at: at,
          hint: Message(M.overrideTooLongHint, ["latest": .day(latest)]))
      }
      if override.until < asOf {
        return Diagnostic(
          .warning, code: .ragOverrideLapsed, Message(M.overrideLapsed, named), at: at,
          hint: Message(M.overrideLapsedHint))
      }
      return nil
    }
  }

  static func issues(_ inventory: Inventory) -> [Diagnostic] {
    var found = ReferenceChecks.duplicates(
      inventory.issues.map { ($0.id, $0.location(of: \.id)) }, noun: ReferenceMessages.issueID)
    let written =
      inventory.tasks.map { ReferenceChecks.Written($0.id, $0.location(of: \.id)) }
      + inventory.programme.milestones.map { ($0.id, $0.location(of: \.id)) }
      + inventory.risks.map { ($0.id, $0.location(of: \.id)) }
    let known = ReferenceChecks.Known(written, noun: ReferenceMessages.riskOrTask)
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

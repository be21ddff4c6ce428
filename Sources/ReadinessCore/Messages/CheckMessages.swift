/// The errors of an inventory that decodes but does not hold together: task dates, a
/// dependency cycle, a phone number with two usernames, risk entries and acceptances, the
/// programme manager's overrides and the report language (`InventoryValidator`'s checks).
enum CheckMessages {
  static let endAndDuration = MessageKey(
    "diagnostic.taskEndAndDuration", "task '{task}' gives both end and duration")
  static let endAndDurationHint = MessageKey(
    "diagnostic.taskEndAndDuration.hint",
    "keep one: end is a date, duration a number of working days")
  static let withoutEnd = MessageKey(
    "diagnostic.taskWithoutEnd", "task '{task}' gives neither end nor duration")
  static let withoutEndHint = MessageKey(
    "diagnostic.taskWithoutEnd.hint",
    "add end: YYYY-MM-DD or duration: working days, or mark it milestone: true")
  static let startAfterEnd = MessageKey(
    "diagnostic.taskStartAfterEnd", "task '{task}' starts ({start}) after it ends ({end})")
  static let startAfterEndHint = MessageKey(
    "diagnostic.taskStartAfterEnd.hint", "end is inclusive and must be on or after start")
  static let cycle = MessageKey(
    "diagnostic.dependencyCycle", "tasks depend on each other in a cycle: {cycle}")
  static let cycleHint = MessageKey(
    "diagnostic.dependencyCycle.hint", "remove one of these dependencies so the plan has an order")
  static let phoneShared = MessageKey(
    "diagnostic.usernamePhoneShared", "phone number '{number}' already has the username '{handle}'")
  static let phoneSharedAt = MessageKey(
    "diagnostic.usernamePhoneShared.hintAt",
    "'{handle}' is given this number at line {line}, column {column}; Meta allows one username"
      + " per business phone number")
  static let phoneSharedHint = MessageKey(
    "diagnostic.usernamePhoneShared.hint",
    "'{handle}' is given this number; Meta allows one username per business phone number")

  static let riskNeeds = MessageKey("diagnostic.riskNeeds", "risk '{risk}' needs '{key}'")
  static let riskNeedsHint = MessageKey(
    "diagnostic.riskNeeds.hint",
    "add '{key}: …' ({what}); only an entry whose id is a generated risk's"
      + " (operational-silence:ctwa-ev, tasks-late) overrides that risk and may leave it out")
  static let riskTitle = MessageKey("diagnostic.riskNeeds.title", "say what could go wrong")
  static let riskSeverity = MessageKey(
    "diagnostic.riskNeeds.severity", "critical, high, medium or low")
  static let reviewMissing = MessageKey(
    "diagnostic.acceptanceReview", "accepted risk '{risk}' needs a 'review' date")
  static let reviewMissingHint = MessageKey(
    "diagnostic.acceptanceReview.hint",
    "add 'review: YYYY-MM-DD', the day the acceptance is looked at again, at most 12 weeks after"
      + " as-of (by {latest})")
  static let reviewLate = MessageKey(
    "diagnostic.acceptanceTooLong",
    "risk '{risk}' is accepted until {review}, more than 12 weeks after as-of {asOf}")
  static let reviewLateHint = MessageKey(
    "diagnostic.acceptanceTooLong.hint",
    "an acceptance is reviewed within 12 weeks: set 'review' to {latest} or earlier")
  static let lapsed = MessageKey(
    "diagnostic.riskAcceptanceLapsed",
    "the acceptance of risk '{risk}' lapsed on {review}: it counts as open again")
  static let lapsedHint = MessageKey(
    "diagnostic.riskAcceptanceLapsed.hint",
    "review it: accept it again with a new 'review' date, close it, or leave it open")
  static let staleOverride = MessageKey(
    "diagnostic.riskOverrideStale",
    "risk '{risk}' overrides a generated risk that is not raised at as-of")
  static let staleOverrideHint = MessageKey(
    "diagnostic.riskOverrideStale.hint",
    "the data no longer raises it: remove the entry, or check the id against the report's risk"
      + " register")

  static let overrideTooLong = MessageKey(
    "diagnostic.ragOverrideTooLong",
    "the {scope} RAG override holds until {until}, more than 8 weeks after {asOf}")
  static let overrideTooLongHint = MessageKey(
    "diagnostic.ragOverrideTooLong.hint",
    "set until to {latest} or earlier, and renew it when it lapses")
  static let overrideLapsed = MessageKey(
    "diagnostic.ragOverrideLapsed",
    "the {scope} RAG override lapsed on {until}: the computed RAG is shown alone")
  static let overrideLapsedHint = MessageKey(
    "diagnostic.ragOverrideLapsed.hint", "renew it with a later until, or remove it")
  static let language = MessageKey(
    "diagnostic.unknownLanguage",
    "programme.language '{tag}' is not a language the reports are written in")
  static let languageHint = MessageKey(
    "diagnostic.unknownLanguage.hint",
    "write one of {languages}; a region may follow for its figures (es-MX)")

  static let all: [MessageKey] = [
    endAndDuration, endAndDurationHint, withoutEnd, withoutEndHint, startAfterEnd,
    startAfterEndHint, cycle, cycleHint, phoneShared, phoneSharedAt, phoneSharedHint, riskNeeds,
    riskNeedsHint, riskTitle, riskSeverity, reviewMissing, reviewMissingHint, reviewLate,
    reviewLateHint, lapsed, lapsedHint, staleOverride, staleOverrideHint, overrideTooLong,
    overrideTooLongHint, overrideLapsed, overrideLapsedHint, language, languageHint,
  ]
}

/// Why a task is late (`PlannedTask`), and the checklist's shared-id pair reasons.
enum ScheduleMessages {
  static let endsAfterPhase = MessageKey(
    "schedule.late.afterPhase", "ends {end}, after {phase} ends {phaseEnd}")
  static let unfinished = MessageKey(
    "schedule.late.unfinished", "unfinished ({percent}) after its end {end}")
  static let forecastAfterPhase = MessageKey(
    "schedule.late.forecastAfterPhase",
    "forecast to end {forecastEnd}, after {phase} ends {phaseEnd}")

  static let all: [MessageKey] = [endsAfterPhase, unfinished, forecastAfterPhase]
}

/// The checklist's item titles and the reasons it gives.
enum ChecklistMessages {
  static let unknownPortfolio = MessageKey(
    "checklist.sharedPair.unknownPortfolio", "business_portfolio unknown; no parent BSUID on both")
  static let portfolios = MessageKey(
    "checklist.sharedPair.portfolios", "portfolios {left} and {right} without parent BSUID on both")

  static let all: [MessageKey] =
    [unknownPortfolio, portfolios] + ChecklistItemID.allCases.map(\.titleKey)
}

/// Meta's username format rules a handle breaks (`UsernameFormat`).
enum UsernameMessages {
  static let length = MessageKey(
    "username.format.length", one: "must be 3 to 35 characters long (has {count})",
    other: "must be 3 to 35 characters long (has {count})")
  static let characters = MessageKey(
    "username.format.characters", "may contain only letters a–z, 0–9, '.' and '_'")
  static let letter = MessageKey("username.format.letter", "must contain at least one letter")
  static let dotEnds = MessageKey("username.format.dotEnds", "must not start or end with '.'")
  static let doubleDot = MessageKey("username.format.doubleDot", "must not contain '..'")
  static let www = MessageKey("username.format.www", "must not start with 'www'")
  static let domain = MessageKey("username.format.domain", "must not end in a domain ('{ending}')")
  /// A rule a handle or alternate breaks, naming it: "acme.com: must not end in a domain".
  static let problemOf = MessageKey("username.format.problemOf", "{handle}: {problem}")

  static let all: [MessageKey] = [
    length, characters, letter, dotEnds, doubleDot, www, domain, problemOf,
  ]
}

/// The stable, documented identifier of every diagnostic (`inventory.unknown-key`).
///
/// Tools may match on the raw value; docs/diagnostics.md lists each one (a test keeps the two
/// in step). New codes are added, never renamed.
public enum DiagnosticCode: String, CaseIterable, Sendable, CustomStringConvertible {
  // Reading the file
  case syntax = "inventory.syntax"
  case encoding = "inventory.encoding"
  case empty = "inventory.empty"
  case duplicateKey = "inventory.duplicate-key"
  case tooLarge = "inventory.too-large"
  // The schema
  case unknownKey = "inventory.unknown-key"
  case missingKey = "inventory.missing-key"
  case wrongType = "inventory.wrong-type"
  case invalidEnum = "inventory.invalid-enum"
  case invalidDate = "inventory.invalid-date"
  case invalidCurrency = "inventory.invalid-currency"
  case invalidID = "inventory.invalid-id"
  case outOfRange = "inventory.out-of-range"
  case unsupportedVersion = "inventory.unsupported-version"
  case textTooLong = "inventory.text-too-long"
  // Cross-references and dating
  case duplicateID = "inventory.duplicate-id"
  case unknownReference = "inventory.unknown-reference"
  case unreadReference = "inventory.unread-reference"
  case dependencyCycle = "inventory.dependency-cycle"
  case usernamePhoneShared = "inventory.username-phone-shared"
  case taskEndAndDuration = "inventory.task-end-and-duration"
  case taskWithoutEnd = "inventory.task-without-end"
  case taskStartAfterEnd = "inventory.task-start-after-end"
  // CSV sections
  case csvUnreadable = "inventory.csv-unreadable"
  case csvSyntax = "inventory.csv-syntax"
  case csvHeader = "inventory.csv-header"
  case csvFieldCount = "inventory.csv-field-count"
  case mspdiUnreadable = "inventory.mspdi-unreadable"
  case mspdiPhase = "inventory.mspdi-phase"
  case mspdiUnsupported = "inventory.mspdi-unsupported"
  case jiraUnestimated = "inventory.jira-unestimated"
  // The observed adoption file (`scenarios.observed`)
  case observedMissing = "inventory.observed-missing"
  case observedUnreadable = "inventory.observed-unreadable"
  // The holiday calendars (`{ics: file.ics}` in `programme.calendar.holidays`)
  case icsMissing = "inventory.ics-missing"
  case icsUnreadable = "inventory.ics-unreadable"
  case icsSyntax = "inventory.ics-syntax"
  case icsEvent = "inventory.ics-event"
  // Warnings
  case ctwaWithoutConversations = "inventory.ctwa-without-conversations"
  case usernameFormat = "inventory.username-format"
  case flowWithoutWABA = "inventory.flow-without-waba"
  case statusBeforeMetaDate = "inventory.status-before-meta-date"
  case observedEmpty = "inventory.observed-empty"
  case observedStale = "inventory.observed-stale"
  case observedAfterAsOf = "inventory.observed-after-as-of"
  case taskItemMismatch = "inventory.task-item-mismatch"
  case icsSkipped = "inventory.ics-skipped"
  case riskAcceptanceLapsed = "inventory.risk-acceptance-lapsed"
  case riskOverrideStale = "inventory.risk-override-stale"
  case productFinding = "inventory.product-finding"
  case productNotCovered = "inventory.product-not-covered"
  // The calendar and the schedule
  case startBeforeDependencies = "schedule.start-before-dependencies"
  case endBeforeStart = "schedule.end-before-start"
  case beyondCalendar = "schedule.beyond-calendar"
  case phaseEndsBeforeStart = "programme.phase-ends-before-start"
  case taskBeforePhase = "schedule.task-before-phase"
  case milestonePushed = "schedule.milestone-pushed"
  case startOnNonWorkingDay = "schedule.start-on-non-working-day"
  case endOnNonWorkingDay = "schedule.end-on-non-working-day"
  case noWorkingDays = "programme.calendar-without-working-days"
  // The programme manager's controls
  case ragOverrideTooLong = "programme.rag-override-too-long"
  case ragOverrideLapsed = "programme.rag-override-lapsed"
  case unknownLanguage = "programme.unknown-language"

  /// The code as documented (`inventory.unknown-key`).
  public var description: String { rawValue }
}

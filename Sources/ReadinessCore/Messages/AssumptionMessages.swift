/// The defaults the assessment used (`Assumption`): what each is about, its value and where it
/// comes from (`ProgrammeCalendar`, `DefaultWindows`, `ProductCatalog`).
enum AssumptionMessages {
  static let programmeStart = MessageKey("assumption.subject.programmeStart", "programme start")
  static let phaseStart = MessageKey("assumption.subject.phaseStart", "phase {phase} start")
  static let phaseEnd = MessageKey("assumption.subject.phaseEnd", "phase {phase} end")
  static let milestone = MessageKey("assumption.subject.milestone", "milestone {milestone}")
  static let tolerance = MessageKey("assumption.subject.tolerance", "tolerance")
  static let adoption = MessageKey("assumption.subject.adoption", "username adoption scenarios")
  static let redTolerance = MessageKey("assumption.subject.redTolerance", "red tolerance")
  static let product = MessageKey("assumption.subject.product", "system {system} on {product}")

  /// A value that is a day.
  static let day = MessageKey("assumption.value.day", "{day}")
  static let points = MessageKey("assumption.value.points", "{points} points")
  static let verdict = MessageKey(
    "assumption.value.product", "{verdict} without a phone number: {finding}")
  static let verdictLowered = MessageKey(
    "assumption.value.productLowered",
    "{verdict} without a phone number: {finding}; handles_missing_phone taken as false")

  static let byDefault = MessageKey("assumption.source.default", "default")
  static let twiceTolerance = MessageKey(
    "assumption.source.twiceTolerance", "default: twice the tolerance")
  static let timeline = MessageKey("assumption.source.timeline", "default (Meta's timeline)")
  static let atProgrammeStart = MessageKey(
    "assumption.source.programmeStart", "default: the programme start")
  static let moved = MessageKey(
    "assumption.source.moved",
    "default, moved to the programme start: no default window starts before it")
  static let catchUp = MessageKey(
    "assumption.source.catchUp",
    "catch-up plan (working days {first}–{last} from the programme start): the programme starts"
      + " after the default {phase} window ended on {end}")
  static let catalogue = MessageKey("assumption.source.product", "product catalogue, {source}")

  static let all: [MessageKey] =
    [
      programmeStart, phaseStart, phaseEnd, milestone, tolerance, adoption, redTolerance, product,
      day, points, verdict, verdictLowered, byDefault, twiceTolerance, timeline, atProgrammeStart,
      moved, catchUp, catalogue,
    ] + ProductMessages.all + ProgrammeCalendar.defaultMilestones.map(ProgrammeCalendar.sourceKey)
}

/// Where a known product's finding comes from and the versions it covers (`KnownProduct`).
enum ProductMessages {
  static let verified = MessageKey(
    "product.attribution.tests", "verified by the test suite against {product} {coverage}")
  static let verifiedOn = MessageKey(
    "product.attribution.testsOn", "verified by the test suite against {product} {coverage}, {date}"
  )
  static let source = MessageKey("product.attribution.source", "source: {source}")
  static let sourceOn = MessageKey("product.attribution.sourceOn", "source: {source}, {date}")
  static let range = MessageKey("product.coverage.range", "{from} to {through}")
  static let from = MessageKey("product.coverage.from", "{from} and later")
  static let through = MessageKey("product.coverage.through", "up to {through}")
  static let everyVersion = MessageKey("product.coverage.every", "every version")

  static let all: [MessageKey] = [
    verified, verifiedOn, source, sourceOn, range, from, through, everyVersion,
  ]
}

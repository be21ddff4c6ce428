import ReadinessCore

/// The briefing's own sentences and words (`BriefingView` and its sections).
enum BriefingMessages {
  static let title = MessageKey("briefing.title", "{programme}: readiness briefing, {asOf}")
  static let setRAG = MessageKey("briefing.setRAG", "{rag} (set)")
  static let unassigned = MessageKey("word.unassigned", "unassigned")
  static let more = MessageKey("briefing.more", one: "and {count} more", other: "and {count} more")
  static let moreRisks = MessageKey(
    "briefing.more.risks", one: "and {count} more open risks", other: "and {count} more open risks")
  static let moreChanges = MessageKey(
    "briefing.more.changes", one: "and {count} more changes", other: "and {count} more changes")
  static let moreAsks = MessageKey(
    "briefing.more.asks", one: "and {count} more asks", other: "and {count} more asks")
  static let done = MessageKey("briefing.done", "Done: {line}")
  static let next = MessageKey("briefing.next", "Next: {line}")
  static let clipped = MessageKey(
    "briefing.clipped", "Clipped: the whole commentary is at the top of report.html.")
  static let changeLine = MessageKey("briefing.changeLine", "{group}: {line}")
  static let breakingFlows = MessageKey(
    "briefing.breakingFlows", one: "{breaking} of {count} flows break for username-only users",
    other: "{breaking} of {count} flows break for username-only users")
  static let noSpend = MessageKey("briefing.noSpend", "no ad spend at risk")
  static let spend = MessageKey("briefing.spend", "{amounts} ad spend at risk")
  static let defaultDate = MessageKey("briefing.defaultDate", "default date")
  static let forecast = MessageKey("briefing.forecast", "forecast {date}")
  static let window = MessageKey("briefing.window", "{from} to {to}")
  static let neededBy = MessageKey("briefing.neededBy", "needed by {date}")
  static let noNeededBy = MessageKey("briefing.noNeededBy", "no needed-by date")
  static let notReviewed = MessageKey(
    "briefing.notReviewed", "Translation not yet reviewed.")

  static let all = [
    title, setRAG, unassigned, more, moreRisks, moreChanges, moreAsks, done, next, clipped,
    changeLine, breakingFlows, noSpend, spend, defaultDate, forecast, window, neededBy, noNeededBy,
    notReviewed,
  ]
}

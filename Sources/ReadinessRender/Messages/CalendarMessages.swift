import ReadinessCore

/// The events of `milestones.ics` (`ICSEvent`).
enum CalendarMessages {
  static let milestone = MessageKey("calendar.milestone", "Milestone: {title}")
  static let defaultDate = MessageKey(
    "calendar.milestone.default", "Default date: the inventory gives none.")
  static let programmeMilestone = MessageKey("calendar.milestone.given", "Programme milestone.")
  static let phaseEnds = MessageKey("calendar.phaseEnds", "Phase ends: {phase}")
  static let phaseScore = MessageKey(
    "calendar.phaseScore", "Score {score} of 100 at {asOf}, expected {expected}; {reason}")
  static let owner = MessageKey("calendar.owner", "Owner: {owner}")
  static let progress = MessageKey("calendar.progress", "Progress: {percent}")
  static let late = MessageKey(
    "calendar.slip.late", one: "{count} working day late", other: "{count} working days late")
  static let early = MessageKey(
    "calendar.slip.early", one: "{count} working day early", other: "{count} working days early")
  static let onPlan = MessageKey("calendar.slip.onPlan", "on plan")
  static let forecastEnd = MessageKey("calendar.forecastEnd", "Forecast end: {date}, {against}")
  static let lateReason = MessageKey("calendar.late", "Late: {reason}")
  static let due = MessageKey("calendar.due", "Due: {title}")

  static let all = [
    milestone, defaultDate, programmeMilestone, phaseEnds, phaseScore, owner, progress, late,
    early, onPlan, forecastEnd, lateReason, due,
  ]
}

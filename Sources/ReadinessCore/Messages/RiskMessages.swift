/// The titles of generated risks (`RiskRegister` and the risk rules beside it).
enum RiskMessages {
  static let decisionOverdue = MessageKey(
    "risk.decisionOverdue.title",
    "Decision '{title}' was needed by {neededBy} and is not decided ({status})")
  static let operationalSilence = MessageKey(
    "risk.operationalSilence.title",
    "'{flow}' silently loses conversations from username users with no recent interaction (S-C)")
  static let sendFails = MessageKey(
    "risk.sendFails.title", "'{flow}' cannot send in {states}: {reason}")
  static let bsuidInTo = MessageKey(
    "risk.bsuidInTo.title",
    "'{system}' puts BSUIDs in 'to': the send is accepted (HTTP 200) and the message silently"
      + " dropped")
  static let lateStart = MessageKey(
    "risk.lateStart.title",
    "The programme starts on {start}, after BSUIDs reached webhooks on {webhooks}: username"
      + " users may already be reaching flows that drop them")
  static let tasksLate = MessageKey(
    "risk.tasksLate.title", one: "1 task off the critical path is late: '{title}'{slip}",
    other: "{count} tasks off the critical path are late; the worst is '{title}'{slip}")
  /// English writes "working days" for one day too, as it always has.
  static let tasksLateSlip = MessageKey(
    "risk.tasksLate.slip", one: ", forecast {count} working days late",
    other: ", forecast {count} working days late")
  static let milestoneMissed = MessageKey(
    "risk.taskLate.milestoneMissed", "Milestone '{title}' is missed: {reason}")
  static let milestoneAtRisk = MessageKey(
    "risk.taskLate.milestoneAtRisk", "Milestone '{title}' is at risk: {reason}")
  static let taskLate = MessageKey("risk.taskLate.task", "Task '{title}' is late: {reason}")
  static let bsuidInvalidation = MessageKey(
    "risk.bsuidInvalidation.title",
    "WABA {waba} migrates on {date} (new portfolio: {newPortfolio}): every BSUID may change")
  static let sharedIDs = MessageKey(
    "risk.sharedIDs.title", "WABAs {first} and {second} share user ids: {reason}")
  static let itemBlocked = MessageKey("risk.itemBlocked.title", "{item} is blocked: {title}")
  static let usernameUnclaimed = MessageKey(
    "risk.usernameUnclaimed.title",
    "@{handle} is {status}, not claimed, after the claim window opened on {date}")
  static let usernameInvalid = MessageKey(
    "risk.usernameInvalid.title", "@{handle} breaks Meta's username rules: {problems}")
  static let alternateInvalid = MessageKey(
    "risk.usernameInvalid.alternate",
    "Alternate of @{claim}: @{handle} breaks Meta's username rules: {problems}")

  static let all: [MessageKey] = [
    decisionOverdue, operationalSilence, sendFails, bsuidInTo, lateStart, tasksLate, tasksLateSlip,
    milestoneMissed, milestoneAtRisk, taskLate, bsuidInvalidation, sharedIDs, itemBlocked,
    usernameUnclaimed, usernameInvalid, alternateInvalid,
  ]
}

/// What to do about each generated risk, and what the PM's status of a risk means now.
enum RiskActionMessages {
  static let decide = MessageKey(
    "risk.decisionOverdue.action",
    "Take the decision, or agree a new needed-by date with the stakeholders")
  static let rekey = MessageKey(
    "risk.operationalSilence.rekey", "key the flow on the BSUID (phone first, BSUID fallback)")
  static let testIt = MessageKey("risk.operationalSilence.test", "test it end to end")
  /// "{steps}": the steps, the first with a capital letter.
  static let steps = MessageKey("risk.operationalSilence.action", "{steps}")
  static let sendFails = MessageKey(
    "risk.sendFails.action",
    "Send authentication templates to phone numbers only; where only the BSUID is known, ask for"
      + " the number with a validated phone-number request")
  static let bsuidInTo = MessageKey(
    "risk.bsuidInTo.action", "Put BSUIDs in the 'recipient' field of send requests, never in 'to'")
  static let lateStart = MessageKey(
    "risk.lateStart.action", "Fix the flows that break for username users (S-C) first")
  static let lateStartCatchUp = MessageKey(
    "risk.lateStart.action.catchUp",
    "Fix the flows that break for username users (S-C) first, then follow the catch-up plan")
  static let replanThem = MessageKey(
    "risk.tasksLate.action", "Re-plan them with their owners (each is in its owner's actions)")
  static let replanNow = MessageKey(
    "risk.taskLate.action.critical", "Re-plan it now: it is on the critical path")
  static let replanWithOwner = MessageKey("risk.taskLate.action.owner", "Re-plan it with its owner")
  static let planRemapping = MessageKey(
    "risk.bsuidInvalidation.action.plan",
    "Plan a BSUID re-mapping for the migration (a task covering R-C4)")
  static let testRemapping = MessageKey(
    "risk.bsuidInvalidation.action.test", "Test the BSUID re-mapping on the migrated WABA")
  static let finishTasks = MessageKey(
    "risk.bsuidInvalidation.action.finish", one: "Finish task {tasks}",
    other: "Finish tasks {tasks}", count: "tasks")
  static let taskProgress = MessageKey(
    "risk.bsuidInvalidation.action.task", "'{title}' ({percent} done)")
  static let sharedIDs = MessageKey(
    "risk.sharedIDs.action",
    "Parent BSUIDs are for managed businesses: ask the business's Meta partner contact to arrange"
      + " them for both WABAs, or stop sharing user ids between them")
  static let unblockTask = MessageKey(
    "risk.itemBlocked.action.task", "Unblock task '{task}' or escalate")
  static let unblock = MessageKey("risk.itemBlocked.action", "Unblock it or escalate")
  static let followUp = MessageKey("risk.manual.action", "Follow up with the owner")
  static let requested = MessageKey(
    "risk.usernameUnclaimed.action.requested",
    "Follow up the claim request with Meta or your BSP until it is approved")
  static let reserved = MessageKey(
    "risk.usernameUnclaimed.action.reserved",
    "Complete the claim of the reserved handle in WhatsApp Manager or the Username API")
  static let disputed = MessageKey(
    "risk.usernameUnclaimed.action.disputed",
    "Resolve the dispute with Meta, or claim an alternate handle")
  static let claim = MessageKey(
    "risk.usernameUnclaimed.action.claim", "Claim the username in WhatsApp Manager now")
  static let formatRules = MessageKey(
    "risk.usernameInvalid.action", "Choose handles that meet Meta's format rules")

  static let all: [MessageKey] =
    [
      decide, rekey, testIt, steps, sendFails, bsuidInTo, lateStart, lateStartCatchUp, replanThem,
      replanNow, replanWithOwner, planRemapping, testRemapping, finishTasks, taskProgress,
      sharedIDs,
      unblockTask, unblock, followUp, requested, reserved, disputed, claim, formatRules,
    ] + RiskStatusMessages.all
}

/// What the PM's status of a risk means at as-of (`RiskOverrides.status`).
enum RiskStatusMessages {
  static let reopened = MessageKey(
    "risk.status.reopened",
    "reopened: the computed severity rose to {computed}, above the {baseline} it was {stated} at")
  static let closedDetected = MessageKey(
    "risk.status.closedDetected", "closed by the PM, still detected")
  static let lapsed = MessageKey(
    "risk.status.lapsed", "acceptance lapsed on {day}: open again until reviewed")
  static let lapsedUndated = MessageKey(
    "risk.status.lapsedUndated", "acceptance lapsed: open again until reviewed")
  static let acceptedBy = MessageKey("risk.status.acceptedBy", "accepted by {owner} until {review}")
  static let acceptedByPM = MessageKey(
    "risk.status.acceptedByPM", "accepted by the PM until {review}")
  static let follows = MessageKey("risk.status.follows", "{id} follows task {task} here ({note})")
  static let followsNoted = MessageKey(
    "risk.status.follows.noted", "{id} follows task {task} here ({note}: {pmNote})")

  static let all: [MessageKey] = [
    reopened, closedDetected, lapsed, lapsedUndated, acceptedBy, acceptedByPM, follows,
    followsNoted,
  ]
}

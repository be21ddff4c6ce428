/// Why a checklist entry is still pending (`PendingReason`, the rules' `PendingRef`s), and what
/// disagrees when a covering task and an item's data do (`ItemMismatches`).
enum PendingMessages {
  /// "dedupe_key: phone": the inventory's key as written, then its value in words.
  static let keyValue = MessageKey("checklist.pending.value", "{key}: {value}")
  static let noStakeholder = MessageKey("checklist.pending.noStakeholder", "no stakeholder listed")
  static let notCommitted = MessageKey("checklist.pending.notCommitted", "not committed")
  static let taskProgress = MessageKey("checklist.pending.taskProgress", "{percent} done")
  static let stateC = MessageKey("checklist.pending.stateC", "S-C outcome: {outcome}")
  static let migration = MessageKey(
    "checklist.pending.migration", "migrates on {date}; no task covers {item}")

  static let taskDone = MessageKey(
    "checklist.mismatch.taskDone",
    one: "task '{task}' is done, but {item} is {done} of {counted} done by its data",
    other: "task '{task}' is done, but {item} is {done} of {counted} done by its data",
    count: "counted")
  static let taskDoneHint = MessageKey(
    "checklist.mismatch.taskDone.hint",
    "update the inventory's data for what is still open under {item}, or reopen the task")
  static let taskOpen = MessageKey(
    "checklist.mismatch.taskOpen",
    "{item} is complete by its data, but task '{task}' is {percent} done")
  static let taskOpenHint = MessageKey(
    "checklist.mismatch.taskOpen.hint",
    "mark the task done (status: done or progress: 100) if the work is finished")

  static let all: [MessageKey] = [
    keyValue, noStakeholder, notCommitted, taskProgress, stateC, migration, taskDone, taskDoneHint,
    taskOpen, taskOpenHint,
  ]
}

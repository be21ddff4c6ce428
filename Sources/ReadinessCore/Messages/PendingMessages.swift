/// Why a checklist entry is still pending (`PendingReason`, the rules' `PendingRef`s).
enum PendingMessages {
  /// "dedupe_key: phone": the inventory's key as written, then its value in words.
  static let keyValue = MessageKey("checklist.pending.value", "{key}: {value}")
  static let noStakeholder = MessageKey("checklist.pending.noStakeholder", "no stakeholder listed")
  static let notCommitted = MessageKey("checklist.pending.notCommitted", "not committed")
  static let taskProgress = MessageKey("checklist.pending.taskProgress", "{percent} done")
  static let stateC = MessageKey("checklist.pending.stateC", "S-C outcome: {outcome}")
  static let migration = MessageKey(
    "checklist.pending.migration", "migrates on {date}; no task covers {item}")

  static let all: [MessageKey] = [
    keyValue, noStakeholder, notCommitted, taskProgress, stateC, migration,
  ]
}

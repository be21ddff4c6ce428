import ReadinessCore

/// The comparison with the last report in words (`ChangesText`).
enum ChangeMessages {
  static let first = MessageKey(
    "changes.first", "This is the first report in the history: there is nothing to compare yet.")
  static let items = MessageKey("changes.group.items", "Checklist items that moved")
  static let newRisks = MessageKey("changes.group.newRisks", "New risks")
  static let closedRisks = MessageKey("changes.group.closedRisks", "Closed risks")
  static let regraded = MessageKey("changes.group.regraded", "Re-graded risks")
  static let slipped = MessageKey("changes.group.slipped", "Slipped tasks")
  static let finished = MessageKey("changes.group.finished", "Finished tasks")
  static let becameLate = MessageKey("changes.group.becameLate", "Tasks that became late")
  static let usernames = MessageKey("changes.group.usernames", "Usernames")
  static let baseline = MessageKey("changes.group.baseline", "Baseline")
  static let commentary = MessageKey("changes.group.commentary", "Commentary")

  static let risk = MessageKey("changes.risk", "{severity} {title} [{id}]")
  static let regradedRisk = MessageKey("changes.regraded", "{from} → {to} {title} [{id}]")
  static let slippedTask = MessageKey(
    "changes.slipped", one: "{title} [{id}]: forecast end {from} → {to}, {count} working day later",
    other: "{title} [{id}]: forecast end {from} → {to}, {count} working days later")
  static let task = MessageKey("changes.task", "{title} [{id}]")
  static let username = MessageKey("changes.username", "@{handle}: {from} → {to}")
  static let new = MessageKey("changes.new", "new")
  static let removed = MessageKey("changes.removed", "removed")
  static let baselines = MessageKey("changes.baseline", "compared with {from} → {to}")
  static let mark = MessageKey("changes.baseline.mark", "{name} (finish {finish})")
  static let item = MessageKey("changes.item", "{id} '{title}': {from} → {to}")
  static let itemCompletion = MessageKey(
    "changes.item.completion", "{id} '{title}': {from} → {to} ({fromShare} → {toShare})")
  static let notApplicable = MessageKey("word.notApplicable", "n/a")
  static let overall = MessageKey("word.overall", "Overall")

  static let all = [
    first, items, newRisks, closedRisks, regraded, slipped, finished, becameLate, usernames,
    baseline, commentary, risk, regradedRisk, slippedTask, task, username, new, removed, baselines,
    mark, item, itemCompletion, notApplicable, overall,
  ]
}

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
  static let counts = MessageKey(
    "changes.counts", "overall {from} → {to} ({delta}), {fromRAG} → {toRAG}; {counts}")
  static let nothingElse = MessageKey("changes.nothingElse", "nothing else moved")
  /// The terminal's line: "Since 2026-11-18: overall 52.9 → 55.0 (+2.1), …".
  static let since = MessageKey("changes.since", "Since {date}: {counts}")
  static let itemsMoved = MessageKey(
    "changes.count.items", one: "{count} item moved", other: "{count} items moved")
  static let newRiskCount = MessageKey(
    "changes.count.newRisks", one: "{count} new risk", other: "{count} new risks")
  static let risksClosed = MessageKey(
    "changes.count.closedRisks", one: "{count} risk closed", other: "{count} risks closed")
  static let risksRegraded = MessageKey(
    "changes.count.regraded", one: "{count} risk re-graded", other: "{count} risks re-graded")
  static let tasksSlipped = MessageKey(
    "changes.count.slipped", one: "{count} task slipped", other: "{count} tasks slipped")
  static let tasksFinished = MessageKey(
    "changes.count.finished", one: "{count} task finished", other: "{count} tasks finished")
  static let tasksBecameLate = MessageKey(
    "changes.count.late", one: "{count} task became late", other: "{count} tasks became late")
  static let usernamesChanged = MessageKey(
    "changes.count.usernames", one: "{count} username changed",
    other: "{count} usernames changed")
  static let overall = MessageKey("word.overall", "Overall")

  static let all = [
    first, items, newRisks, closedRisks, regraded, slipped, finished, becameLate, usernames,
    baseline, commentary, risk, regradedRisk, slippedTask, task, username, new, removed, baselines,
    mark, item, itemCompletion, notApplicable, overall, counts, nothingElse, itemsMoved,
    newRiskCount, risksClosed, risksRegraded, tasksSlipped, tasksFinished, tasksBecameLate,
    usernamesChanged, since,
  ]
}

import ReadinessCore

/// report.html's checklist, identity matrix, exposure and appendix words built in its view.
enum ReportChecklistMessages {
  static let fraction = MessageKey("report.item.fraction", "{done} of {counted}")
  static let fromData = MessageKey("report.item.basis.data", "from inventory data")
  static let fromTasks = MessageKey("report.item.basis.tasks", "mean progress of covering tasks")
  static let nothingToCount = MessageKey("report.item.basis.none", "nothing to count")
  static let unnamed = MessageKey("report.item.attest.unnamed", "unnamed")
  static let undated = MessageKey("report.item.attest.undated", "undated")
  static let mismatch = MessageKey("report.item.mismatch", "{message}: {hint}")
  static let more = MessageKey(
    "report.item.more", one: "and {count} more, listed in the appendix",
    other: "and {count} more, listed in the appendix")

  /// A pending entry's kind as the checklist names it: `system`, `flow`, `WABA`, …
  static func pendingKind(_ kind: PendingRef.Kind) -> MessageKey {
    MessageKey("word.pendingKind.\(kind.rawValue)", kind.rawValue)
  }

  static let all: [MessageKey] =
    [fraction, fromData, fromTasks, nothingToCount, unnamed, undated, mismatch, more]
    + PendingRef.Kind.allCases.map(pendingKind)
}

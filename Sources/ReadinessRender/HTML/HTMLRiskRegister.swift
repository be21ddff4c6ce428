import ReadinessCore

/// The risk register, collapsed like the checklist: open critical and high risks in full, every
/// other risk as a short row of the appendix (id, title, severity, status, owner, due). A late
/// task's own risk (`task-late`) goes to the appendix too: the timeline and the actions by owner
/// already show the task and what to do about it.
struct HTMLRiskRegister: Encodable {
  /// The register's rows, shown in full.
  let full: [HTMLRiskRow]
  let hasFull: Bool
  /// Every other risk, in the register's order: open ones worst first, then accepted and closed
  /// (the first of which opens their group).
  let others: [HTMLRiskRow]
  let hasOthers: Bool
  /// How many risks the appendix holds, and whether late tasks' own risks are among them.
  let othersCount: String
  let hasLate: Bool

  init(_ risks: [Risk], wording: Wording) {
    let shown = risks.filter(Self.inFull)
    let rest = risks.filter { !Self.inFull($0) }
    full = shown.map { HTMLRiskRow($0, wording: wording) }
    hasFull = !full.isEmpty
    var others = rest.map { HTMLRiskRow($0, wording: wording) }
    if let first = others.firstIndex(where: \.isClosed) { others[first].firstClosed = true }
    self.others = others
    hasOthers = !others.isEmpty
    othersCount = wording.figure(.count(others.count))
    hasLate = rest.contains { $0.kind == .taskLate }
  }

  /// Open, critical or high by the severity that decides the RAG or by the one the PM set, and
  /// not a late task's own.
  static func inFull(_ risk: Risk) -> Bool {
    risk.open && min(risk.severity, risk.ragSeverity) <= .high && risk.kind != .taskLate
  }
}

import ReadinessCore

/// A phase card: score against expected progress, RAG as colour and text, and why.
struct HTMLPhaseCard: Encodable {
  let name: String
  let window: String
  let score: String
  let expected: String
  let rag: String
  let ragText: String
  let reason: String
  /// CSS percentages for the score bar and the expected-progress marker.
  let scoreWidth: String
  let expectedLeft: String

  /// The card with `reason` as already cleaned (and, for the briefing, clipped), its words and
  /// figures in `wording`'s language.
  init(_ p: PhaseResult, reason: String, wording: Wording) {
    name = wording(WordMessages.phaseName(p.id))
    window = wording(
      BriefingMessages.window, ["from": .day(p.start), "to": .day(p.end)])
    score = wording.score(p.score)
    expected = wording.score(p.expected)
    rag = p.shownRAG.rawValue
    ragText = HTMLRAG.text(p.shownRAG, set: p.override != nil, wording: wording)
    self.reason = reason
    scoreWidth = HTMLText.decimal(min(100, max(0, p.score ?? 0)))
    expectedLeft = HTMLText.decimal(min(100, max(0, p.expected)))
  }
}

/// The checklist items of one phase.
struct HTMLChecklistPhase: Encodable {
  let name: String
  let score: String
  let rag: String
  let ragText: String
  let items: [HTMLItemRow]
  let hasItems: Bool

  static func all(_ a: Assessment, wording: Wording) -> [HTMLChecklistPhase] {
    a.phases.map { p in
      let items = a.checklist.filter { $0.phase == p.id }.map { HTMLItemRow($0, wording: wording) }
      return HTMLChecklistPhase(
        name: wording(WordMessages.phaseName(p.id)), score: wording.score(p.score),
        rag: p.rag.rawValue, ragText: wording(WordMessages.ragLabel(p.rag)), items: items,
        hasItems: !items.isEmpty)
    }
  }
}

/// One checklist item with its evidence, attestation and covering tasks.
struct HTMLItemRow: Encodable {
  let id: String
  let title: String
  let completion: String
  let fraction: String
  let hasFraction: Bool
  let basis: String
  let status: String
  let statusText: String
  let pending: [HTMLPendingRow]
  let hasPending: Bool
  let more: HTMLPendingMore?
  let attested: Bool
  let attestStatus: String
  let attestBy: String
  let attestOn: String
  let attestEvidence: String
  let hasAttestEvidence: Bool
  let attestLink: String
  let hasAttestLink: Bool
  let coveringTasks: String
  let hasCoveringTasks: Bool
  /// "Check: …" sentences where a covering task and the item's data disagree.
  let mismatches: [String]

  init(_ i: ItemResult, wording: Wording) {
    typealias M = ReportChecklistMessages
    id = HTMLText.clean(i.id.rawValue)
    title = HTMLText.clean(wording(Message(i.id.titleKey), english: i.title))
    completion =
      i.completion.map { wording.percent(fraction: $0) } ?? wording(ChangeMessages.notApplicable)
    hasFraction = i.basis == .data && i.counted > 0
    fraction =
      hasFraction
      ? wording(M.fraction, ["done": .count(i.done), "counted": .count(i.counted)]) : ""
    basis =
      switch i.basis {
      case .data: wording(M.fromData)
      case .tasks: wording(M.fromTasks)
      case .none: wording(M.nothingToCount)
      }
    status = i.status.rawValue
    statusText = wording(WordMessages.vocabulary(i.status))
    pending = HTMLPendingMore.shown(i).map { HTMLPendingRow($0, wording: wording) }
    hasPending = !pending.isEmpty
    more = HTMLPendingMore(i, wording: wording)
    let att = i.attestation
    attested = att != nil
    attestStatus = att.map { wording(WordMessages.vocabulary($0.status)) } ?? ""
    attestBy = HTMLText.clean(att?.by, or: wording(M.unnamed))
    attestOn = att?.on.map { wording.day($0) } ?? wording(M.undated)
    let link = HTMLText.httpURL(att?.evidence)
    attestLink = link ?? ""
    hasAttestLink = link != nil
    attestEvidence = HTMLText.clean(att?.evidence, or: "")
    hasAttestEvidence = link == nil && !attestEvidence.isEmpty
    coveringTasks = i.coveringTasks.map { HTMLText.clean($0) }.joined(separator: ", ")
    hasCoveringTasks = !i.coveringTasks.isEmpty
    mismatches = i.mismatches.map {
      HTMLText.clean(
        wording(
          M.mismatch, ["message": .message($0.messageMessage), "hint": .message($0.hintMessage)]))
    }
  }
}

/// Something still open for a checklist item, with its owner and why.
struct HTMLPendingRow: Encodable {
  let kind: String
  let ref: String
  let name: String
  let owner: String
  let reason: String

  init(_ p: PendingRef, wording: Wording) {
    kind = wording(ReportChecklistMessages.pendingKind(p.kind))
    ref = HTMLText.clean(p.ref)
    name = HTMLText.clean(p.name, or: ref)
    owner = HTMLText.clean(p.owner, or: wording(BriefingMessages.unassigned))
    reason = HTMLText.clean(wording(p.reasonMessage, english: p.reason))
  }
}

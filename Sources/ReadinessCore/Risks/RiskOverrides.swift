/// The PM owns the register (docs/readiness-model.md): an entry of `risks` whose id is a
/// generated risk's overrides that risk's owner, due date, likelihood, impact, action, note,
/// review date, status and shown severity. The safeguards:
///
/// - the computed severity, not the PM's, decides the RAG and the order (`Risk.ragSeverity`);
/// - an acceptance lapses to open after its review date;
/// - an accepted or closed risk reopens when its computed severity is above the one it was
///   accepted at (`accepted_severity`, else the PM's `severity`; with neither, it stays);
/// - a closed risk that the data still raises reads "closed by the PM, still detected";
/// - an override of `task-late:<task>` whose task is gathered into `tasks-late` follows it there
///   (noted on the roll-up) and applies again once the task has its own risk;
/// - an override whose risk is not generated at all is stale (a warning).
enum RiskOverrides {
  /// The generated risks with their overrides applied, and the overrides that found no risk.
  struct Applied {
    var risks: [Risk]
    var stale: [ManualRisk]
  }

  static func apply(_ entries: [ManualRisk], to generated: [Risk], asOf: Day) -> Applied {
    let overrides = entries.filter(\.isOverride)
    guard !overrides.isEmpty else { return Applied(risks: generated, stale: []) }
    var unused = Dictionary(overrides.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var risks = generated
    for index in risks.indices {
      guard let entry = unused.removeValue(forKey: risks[index].id) else { continue }
      apply(entry, to: &risks[index], asOf: asOf)
    }
    let rollUp = risks.firstIndex { $0.kind == .tasksLate }
    let gathered = Set(
      rollUp.map { risks[$0].ref?.split(separator: " ").map(String.init) ?? [] } ?? [])
    var stale: [ManualRisk] = []
    var followed: [Message] = []
    for entry in overrides where unused.removeValue(forKey: entry.id) != nil {
      if let (kind, ref) = Risk.Kind.generatedID(entry.id), kind == .taskLate, let ref,
        gathered.contains(ref)
      {
        let (state, note) = status(entry, computed: nil, asOf: asOf)
        var words: MessageArguments = [
          "id": .text(entry.id), "task": .text(ref),
          "note": note.map { .message($0) } ?? .word(WordMessages.vocabulary(state)),
        ]
        words["pmNote"] = entry.note.map { .text($0) }
        followed.append(
          Message(
            entry.note == nil ? RiskStatusMessages.follows : RiskStatusMessages.followsNoted, words)
        )
      } else {
        stale.append(entry)
      }
    }
    if let rollUp, !followed.isEmpty {
      let notes = [risks[rollUp].statusNoteMessage].compactMap { $0 } + followed
      let joined = Message.joined(notes, .semicolon)
      risks[rollUp].statusNoteMessage = joined
      risks[rollUp].statusNote = joined.english
    }
    return Applied(risks: risks, stale: stale)
  }

  /// Writes `entry`'s values over the generated `risk`.
  static func apply(_ entry: ManualRisk, to risk: inout Risk, asOf: Day) {
    let computed = risk.severity
    risk.overridden = true
    if let owner = entry.owner { risk.owner = owner }
    if let due = entry.due { risk.due = due }
    if let action = entry.action {
      risk.action = action
      risk.actionMessage = .verbatim(action)
    }
    risk.likelihood = entry.likelihood ?? risk.likelihood
    risk.impact = entry.impact ?? risk.impact
    risk.note = entry.note
    risk.review = entry.review
    if let severity = entry.severity, severity != computed {
      risk.severity = severity
      risk.computedSeverity = computed
    }
    risk.setStatus(status(entry, computed: computed, asOf: asOf))
  }

  /// The status `entry` states, as it stands at `asOf`, with what it means in words. `computed`
  /// is the generated risk's severity (nil for a risk of the PM's own, or one not raised now).
  static func status(_ entry: ManualRisk, computed: Severity?, asOf: Day) -> (RiskState, Message?) {
    typealias M = RiskStatusMessages
    guard entry.state != .open else { return (.open, nil) }
    if let computed, let baseline = entry.acceptedSeverity ?? entry.severity, computed < baseline {
      let words: MessageArguments = [
        "computed": .word(WordMessages.vocabulary(computed)),
        "baseline": .word(WordMessages.vocabulary(baseline)),
        "stated": .word(WordMessages.vocabulary(entry.state)),
      ]
      return (.open, Message(M.reopened, words))
    }
    guard entry.state == .accepted else {
      return (.closed, computed == nil ? nil : Message(M.closedDetected))
    }
    guard let review = entry.review, asOf <= review else {
      return (
        .open, entry.review.map { Message(M.lapsed, ["day": .day($0)]) } ?? Message(M.lapsedUndated)
      )
    }
    let until: MessageArguments = ["review": .day(review)]
    guard let owner = entry.owner else { return (.accepted, Message(M.acceptedByPM, until)) }
    var words = until
    words["owner"] = .text(owner)
    return (.accepted, Message(M.acceptedBy, words))
  }
}

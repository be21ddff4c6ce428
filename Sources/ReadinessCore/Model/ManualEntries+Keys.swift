// What the inventory records by hand: attestations, risks and decisions (ManualEntries.swift).

extension Attestation {
  /// The keys of an attestation; its item is the key it is written under.
  static let keys = Keys<Attestation>(
    "attestation", seed: { Attestation(item: .rP4, status: .notStarted) },
    [
      Field(
        \.status, "status", .workStatus, required: true, doc: "Attested status of the item."),
      Field(\.by, "by", .string, doc: "Who attests it."),
      Field(\.on, "on", .date, doc: "When."),
      Field(\.evidence, "evidence", .string, doc: "Link or reference to the evidence."),
    ])
}

extension ManualRisk: KeyedEntry {
  /// The keys of an entry of `risks`.
  public static let keys = Keys<ManualRisk>(
    "risk", seed: { ManualRisk(id: "", title: "", severity: nil) },
    [
      Field(
        \.id, "id", .riskID, required: true,
        doc: "Unique id of the risk, or a generated risk's id (from the report) to override it."),
      Field(
        \.title, "title", .string, doc: "What could go wrong; required unless it overrides."),
      Field(\.owner, "owner", .string, doc: "Person managing the risk."),
      Field(
        \.severity, "severity", .cases(of: Severity.self),
        doc: "How bad; required unless it overrides (the computed one still decides the RAG)."),
      Field(
        \.likelihood, "likelihood", .cases(of: RiskLevel.self),
        doc: "How likely: low, medium or high."),
      Field(
        \.impact, "impact", .cases(of: RiskLevel.self),
        doc: "How much it would hurt: low, medium or high."),
      Field(\.due, "due", .date, doc: "Date by which it must be handled."),
      Field(
        \.state, "status", .cases(of: RiskState.self),
        doc: "open (default), accepted (needs review) or closed."),
      Field(\.action, "action", .string, doc: "What is being done about it."),
      Field(\.note, "note", .string, doc: "Why it is accepted or closed, in the PM's words."),
      Field(
        \.review, "review", .date,
        doc: "When an acceptance is reviewed: at most 12 weeks after as-of; it lapses after."),
      Field(
        \.acceptedSeverity, "accepted_severity", .cases(of: Severity.self),
        doc: "The computed severity accepted or closed at; a higher one reopens the risk."),
    ], location: \.location, origin: \.origin)
}

extension Decision: KeyedEntry {
  /// The keys of an entry of `decisions`.
  public static let keys = Keys<Decision>(
    "decision", seed: { Decision(id: "", title: "") },
    [
      Field(\.id, "id", .id, required: true, doc: "Unique id of the decision."),
      Field(\.title, "title", .string, required: true, doc: "What is (or was) to be decided."),
      Field(\.owner, "owner", .string, doc: "Who decides."),
      Field(\.date, "date", .date, doc: "When it was decided."),
      Field(
        \.status, "status", .cases(of: DecisionStatus.self),
        doc: "proposed, decided or superseded; default decided with a date, else proposed."),
      Field(\.rationale, "rationale", .string, doc: "Why."),
      Field(
        \.neededBy, "needed_by", .date,
        doc: "Date it must be decided by; undecided after it, it is a risk."),
      Field(\.link, "link", .string, doc: "Link to the minutes or the document."),
    ], location: \.location, origin: \.origin)
}

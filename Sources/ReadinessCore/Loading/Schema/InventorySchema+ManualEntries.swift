extension InventorySchema {
  // What the inventory records by hand: attestations, risks and decisions (Model/ManualEntries.swift).

  static let attestation = ObjectSchema(
    "attestation",
    [
      SchemaField("status", status, required: true, "Attested status of the item."),
      SchemaField("by", .string, "Who attests it."),
      SchemaField("on", .date, "When."),
      SchemaField("evidence", .string, "Link or reference to the evidence."),
    ])

  static let risk = ObjectSchema(
    "risk",
    [
      SchemaField("id", .id, required: true, "Unique id of the risk."),
      SchemaField("title", .string, required: true, "What could go wrong."),
      SchemaField("owner", .string, "Person managing the risk."),
      SchemaField("severity", .enumeration(values(Severity.self)), required: true, "How bad."),
      SchemaField(
        "likelihood", .enumeration(values(RiskLevel.self)), "How likely: low, medium or high."),
      SchemaField(
        "impact", .enumeration(values(RiskLevel.self)),
        "How much it would hurt: low, medium or high."),
      SchemaField("due", .date, "Date by which it must be handled."),
      SchemaField("status", .enumeration(values(RiskState.self)), "open (default) or closed."),
      SchemaField("action", .string, "What is being done about it."),
    ])

  static let decision = ObjectSchema(
    "decision",
    [
      SchemaField("id", .id, required: true, "Unique id of the decision."),
      SchemaField("title", .string, required: true, "What is (or was) to be decided."),
      SchemaField("owner", .string, "Who decides."),
      SchemaField("date", .date, "When it was decided."),
      SchemaField(
        "status", .enumeration(values(DecisionStatus.self)),
        "proposed, decided or superseded; default decided with a date, else proposed."),
      SchemaField("rationale", .string, "Why."),
      SchemaField(
        "needed_by", .date, "Date it must be decided by; undecided after it, it is a risk."),
      SchemaField("link", .string, "Link to the minutes or the document."),
    ])
}

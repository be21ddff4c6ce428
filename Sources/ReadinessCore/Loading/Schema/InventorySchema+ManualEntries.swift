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
      SchemaField("due", .date, "Date by which it must be handled."),
      SchemaField("status", .enumeration(values(RiskState.self)), "open (default) or closed."),
      SchemaField("action", .string, "What is being done about it."),
    ])

  static let decision = ObjectSchema(
    "decision",
    [
      SchemaField("id", .id, required: true, "Unique id of the decision."),
      SchemaField("title", .string, required: true, "What was decided."),
      SchemaField("owner", .string, "Who decided."),
      SchemaField("date", .date, "When."),
    ])
}

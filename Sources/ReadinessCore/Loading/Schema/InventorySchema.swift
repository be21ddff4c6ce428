/// The one declarative description of inventory format version 1: every section,
/// key, type, range and doc line. The decoder checks input against it and the JSON Schema is
/// generated from it.
public enum InventorySchema {
  /// The whole document.
  public static let root = ObjectSchema(
    "inventory",
    [
      SchemaField(
        "version", .integer(NumberRange(minimum: 1, maximum: 1)), required: true,
        "Inventory format version; must be 1."),
      SchemaField(
        "programme", .object(programme), required: true,
        "Who, when, and the business's WhatsApp accounts."),
      SchemaField("systems", .table(system), "Systems that store, match or send by WhatsApp id."),
      SchemaField(
        "flows", .table(flow), "Message flows: ways conversations start or messages go out."),
      SchemaField("usernames", .table(username), "Business usernames to claim."),
      SchemaField("tasks", .table(task), "Planned work and milestones."),
      SchemaField(
        "attestations", .map(key: .checklistID, value: .object(attestation)),
        "Manual status for checklist items no data can prove, keyed by item id (R-P4)."),
      SchemaField("risks", .table(risk), "Risks written by hand."),
      SchemaField("decisions", .table(decision), "Programme decisions."),
    ])

  static let status = SchemaType.enumeration(WorkStatus.allCases.map(\.rawValue))
  /// YAML 1.1 and JSON booleans accepted where the format says yes/no.
  static let yesNo = [
    "true": "yes", "True": "yes", "TRUE": "yes", "Yes": "yes", "YES": "yes",
    "false": "no", "False": "no", "FALSE": "no", "No": "no", "NO": "no",
  ]

  static func values<E: CaseIterable & RawRepresentable>(_: E.Type) -> [String]
  where E.RawValue == String { E.allCases.map(\.rawValue) }

  static let system = ObjectSchema(
    "system",
    [
      SchemaField("id", .id, required: true, "Unique id of the system."),
      SchemaField("name", .string, required: true, "Display name."),
      SchemaField(
        "kind", .enumeration(values(SystemKind.self)), required: true, "What the system is."),
      SchemaField("owner", .string, "Person accountable for the system's readiness."),
      SchemaField("team", .string, "Team that runs the system."),
      SchemaField(
        "stores", .list(.enumeration(values(StoredIdentifier.self))),
        "Identifiers the system keeps."),
      SchemaField(
        "needs_bsuid", .enumeration(values(NeedsBSUID.self), aliases: yesNo),
        "Whether the system needs the BSUID (R-P2, R-I1); default unassessed."),
      SchemaField("bsuid_field", status, "Status of the BSUID field work (R-I1)."),
      SchemaField(
        "dedupe_key", .enumeration(values(DedupeKey.self)),
        "Key contacts are deduplicated on (R-C1)."),
      SchemaField(
        "handles_missing_phone", .boolean, "Works when a webhook has no phone number (R-I2, R-C2)."),
      SchemaField("consumes_webhooks", .boolean, "Reads WhatsApp webhooks (R-C2, R-C5)."),
      SchemaField(
        "handles_id_changes", .boolean,
        "Follows user_changed_number / user_changed_user_id (R-C5)."),
      SchemaField("sends_messages", .boolean, "Sends WhatsApp messages (R-C6)."),
      SchemaField(
        "bsuid_send_field", .enumeration(values(SendField.self)),
        "Send-request field a BSUID goes in (R-C6)."),
      SchemaField("status", status, "The system's own readiness work (R-I3); default not_started."),
      SchemaField("notes", .string, "Free text."),
    ])

  static let money = ObjectSchema(
    "monthly_ad_spend",
    [
      SchemaField("amount", .number(.nonNegative), required: true, "Amount per month."),
      SchemaField("currency", .currency, required: true, "ISO 4217 currency code (EUR)."),
    ])

  static let flow = ObjectSchema(
    "flow",
    [
      SchemaField("id", .id, required: true, "Unique id of the flow."),
      SchemaField("name", .string, required: true, "Display name."),
      SchemaField("kind", .enumeration(values(FlowKind.self)), required: true, "What the flow is."),
      SchemaField("systems", .list(.id), "Ids of the systems the flow runs through."),
      SchemaField(
        "primary_identifier", .enumeration(values(PrimaryIdentifier.self)),
        "Identifier the flow keys on (R-P1); default unknown."),
      SchemaField(
        "needs_phone_for", .list(.enumeration(values(PhoneNeed.self))),
        "Why the flow needs the user's phone number."),
      SchemaField(
        "phone_request", .enumeration(values(PhoneRequest.self)),
        "How the flow asks for the phone number (R-P3, R-I4); default undecided."),
      SchemaField("phone_request_validated", .boolean, "The phone request has been tested (R-T2)."),
      SchemaField("e2e_tested", .boolean, "Tested end to end with BSUIDs (R-T1)."),
      SchemaField("monthly_conversations", .integer(.nonNegative), "Conversations per month."),
      SchemaField("monthly_ad_spend", .object(money), "Ad spend per month behind the flow."),
      SchemaField(
        "first_contact_share", .number(.share),
        "Share (0–1) of conversations from users with no interaction in 30 days."),
      SchemaField("owner", .string, "Person accountable for the flow."),
      SchemaField(
        "waba", .id,
        "Id of the WABA that receives the flow; may be left out when there is only one WABA."),
    ])

  static let username = ObjectSchema(
    "username",
    [
      SchemaField("handle", .string, required: true, "The handle, without @."),
      SchemaField(
        "sources", .list(.enumeration(values(UsernameSource.self))),
        "Where the claim comes from."),
      SchemaField("verified_badge", .boolean, "The business has a verified badge."),
      SchemaField(
        "status", .enumeration(values(UsernameStatus.self)),
        "Claim status; default not_started."),
      SchemaField("owner", .string, "Person claiming it."),
      SchemaField("target", .date, "Target claim date."),
      SchemaField("alternates", .list(.string), "Fallback handles."),
      SchemaField(
        "phone_number", .string,
        "The business phone number the username is for (Meta allows one username per number)."),
    ])

  static let task = ObjectSchema(
    "task",
    [
      SchemaField("id", .id, required: true, "Unique id of the task."),
      SchemaField("title", .string, required: true, "What is to be done."),
      SchemaField("phase", .enumeration(values(PhaseID.self)), required: true, "Roadmap phase."),
      SchemaField("owner", .string, "Person doing it."),
      SchemaField("start", .date, "Start date; default: after dependencies, or the phase start."),
      SchemaField("end", .date, "Inclusive end date (or give duration)."),
      SchemaField("duration", .integer(.nonNegative), "Working days, Monday–Friday (or give end)."),
      SchemaField("depends_on", .list(.id), "Ids of tasks that must finish first."),
      SchemaField(
        "progress", .number(.percent), "Percent complete; default 100 when done, else 0."),
      SchemaField("status", status, "Default: from progress."),
      SchemaField("covers", .list(.checklistID), "Checklist items this task advances."),
      SchemaField(
        "milestone", .boolean, "Takes no time; falls on its end or after its dependencies."),
    ])
}

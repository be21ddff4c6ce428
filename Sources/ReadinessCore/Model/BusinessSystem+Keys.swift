extension BusinessSystem: KeyedEntry {
  /// The keys of an entry of `systems`.
  public static let keys = Keys<BusinessSystem>(
    "system", seed: { BusinessSystem(id: "", name: "", kind: .other) },
    [
      Field(\.id, "id", .id, required: true, doc: "Unique id of the system."),
      Field(\.name, "name", .string, required: true, doc: "Display name."),
      Field(
        \.product, "product", .string,
        doc: "Product it is built on, name@version; a known one may lower the verdict (catalogue).",
        starter: "what it is built on, name@version (pywa@4.5.0: see Catalog/products.yaml)"),
      Field(
        \.kind, "kind", .cases(of: SystemKind.self), required: true, doc: "What the system is.",
        starter: SchemaType.words(SystemKind.self)),
      Field(\.owner, "owner", .string, doc: "Person accountable for the system's readiness."),
      Field(\.team, "team", .string, doc: "Team that runs the system."),
      Field(
        \.stores, "stores", .list(.cases(of: StoredIdentifier.self)),
        doc: "Identifiers the system keeps.",
        starter: "identifiers it keeps: " + SchemaType.words(StoredIdentifier.self)),
      Field(
        \.needsBSUID, "needs_bsuid", .cases(of: NeedsBSUID.self, aliases: SchemaType.yesNo),
        doc: "Whether the system needs the BSUID (R-P2, R-I1); default unassessed.",
        starter: SchemaType.words(NeedsBSUID.self, separator: " | ")),
      Field(
        \.bsuidField, "bsuid_field", .workStatus, doc: "Status of the BSUID field work (R-I1).",
        starter: SchemaType.words(WorkStatus.self)),
      Field(
        \.dedupeKey, "dedupe_key", .cases(of: DedupeKey.self),
        doc: "Key contacts are deduplicated on (R-C1).", starter: SchemaType.words(DedupeKey.self)),
      Field(
        \.handlesMissingPhone, "handles_missing_phone", .boolean,
        doc: "Works when a webhook has no phone number (R-I2, R-C2).",
        starter: "works when a webhook carries no phone number?"),
      Field(
        \.consumesWebhooks, "consumes_webhooks", .boolean,
        doc: "Reads WhatsApp webhooks (R-C2, R-C5)."),
      Field(
        \.handlesIdChanges, "handles_id_changes", .boolean,
        doc: "Follows user_changed_number / user_changed_user_id (R-C5).",
        starter: "follows user_changed_number / user_changed_user_id?"),
      Field(\.sendsMessages, "sends_messages", .boolean, doc: "Sends WhatsApp messages (R-C6)."),
      Field(
        \.bsuidSendField, "bsuid_send_field", .cases(of: SendField.self),
        doc: "Send-request field a BSUID goes in (R-C6).",
        starter: SchemaType.words(SendField.self, separator: " | ")),
      Field(
        \.status, "status", .workStatus,
        doc: "The system's own readiness work (R-I3); default not_started.",
        starter: "the system's own readiness work"),
      Field(\.notes, "notes", .string, doc: "Free text."),
    ], location: \.location, origin: \.origin)
}

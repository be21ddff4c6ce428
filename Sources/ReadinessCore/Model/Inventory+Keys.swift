extension Inventory {
  /// The keys of the whole document: the format's one declaration. Every section's keys are
  /// declared beside its model (`MessageFlow.keys`, …); the decoder checks input against
  /// `keys.schema`, `keys` builds the model, and the JSON Schema, README's key table and the
  /// starter's comments are generated from them.
  public static let keys = Keys<Inventory>(
    "inventory", seed: { Inventory(programme: Programme(name: "")) },
    [
      Field(
        \.version, "version", .integer(NumberRange(minimum: 1, maximum: 1)), required: true,
        doc: "Inventory format version; must be 1."),
      Field(
        \Inventory.programme, "programme", .object(Programme.keys.schema), required: true,
        doc: "Who, when, and the business's WhatsApp accounts."
      ) { inventory, decoded in
        if let object = decoded.object, let programme = Programme.keys.build(object) {
          inventory.programme = programme
        }
      },
      Field(
        \.systems, "systems", table: BusinessSystem.keys,
        doc: "Systems that store, match or send by WhatsApp id.",
        starter: "or: systems: { csv: systems.csv }"),
      Field(
        \.flows, "flows", table: MessageFlow.keys,
        doc: "Message flows: ways conversations start or messages go out."),
      Field(
        \.usernames, "usernames", table: UsernameClaim.keys, doc: "Business usernames to claim."),
      Field(\.tasks, "tasks", table: PlanTask.keys, doc: "Planned work and milestones."),
      Field(
        \Inventory.attestations, "attestations",
        .map(key: .checklistID, value: .object(Attestation.keys.schema)),
        doc: "Manual status for checklist items no data can prove, keyed by item id (R-P4).",
        starter: "manual status for items no data can prove"
      ) { inventory, decoded in
        inventory.attestations = (decoded.object?.entries ?? []).compactMap { entry in
          guard let object = entry.value.object, let item = ChecklistItemID(rawValue: entry.key),
            var attestation = Attestation.keys.build(object)
          else { return nil }
          attestation.item = item
          attestation.location = entry.keyLocation
          return attestation
        }
      },
      Field(\.risks, "risks", table: ManualRisk.keys, doc: "Risks written by hand."),
      Field(\.decisions, "decisions", table: Decision.keys, doc: "Programme decisions."),
      Field(
        \.issues, "issues", table: ProgrammeIssue.keys,
        doc: "Issues (RAID): things that have happened; an open critical one turns the RAG red."),
      Field(
        \.commentary, "commentary", object: Commentary.keys,
        doc: "This week's key messages, achievements, next steps and asks."),
    ])
}

extension MessageFlow: KeyedEntry {
  /// The keys of an entry of `flows`.
  public static let keys = Keys<MessageFlow>(
    "flow", seed: { MessageFlow(id: "", name: "", kind: .inboundService) },
    [
      Field(\.id, "id", .id, required: true, doc: "Unique id of the flow."),
      Field(\.name, "name", .string, required: true, doc: "Display name."),
      Field(
        \.kind, "kind", .cases(of: FlowKind.self), required: true, doc: "What the flow is.",
        starter: SchemaType.words(FlowKind.self)),
      Field(\.systems, "systems", .list(.id), doc: "Ids of the systems the flow runs through."),
      Field(
        \.primaryIdentifier, "primary_identifier", .cases(of: PrimaryIdentifier.self),
        doc: "Identifier the flow keys on (R-P1); default unknown.",
        starter: SchemaType.words(PrimaryIdentifier.self)),
      Field(
        \.needsPhoneFor, "needs_phone_for", .list(.cases(of: PhoneNeed.self)),
        doc: "Why the flow needs the user's phone number."),
      Field(
        \.phoneRequest, "phone_request", .cases(of: PhoneRequest.self),
        doc: "How the flow asks for the phone number (R-P3, R-I4); default undecided.",
        starter: SchemaType.words(PhoneRequest.self)),
      Field(
        \.phoneRequestValidated, "phone_request_validated", .boolean,
        doc: "The phone request has been tested (R-T2)."),
      Field(\.e2eTested, "e2e_tested", .boolean, doc: "Tested end to end with BSUIDs (R-T1)."),
      Field(
        \.monthlyConversations, "monthly_conversations", .integer(InputLimits.conversations),
        doc: "Conversations per month."),
      Field(
        \.monthlyAdSpend, "monthly_ad_spend", object: Money.keys,
        doc: "Ad spend per month behind the flow."),
      Field(
        \.firstContactShare, "first_contact_share", .number(.share),
        doc: "Share (0–1) of conversations from users with no interaction in 30 days.",
        starter: "share from users with no interaction in 30 days"),
      Field(\.owner, "owner", .string, doc: "Person accountable for the flow."),
      Field(
        \.waba, "waba", .id,
        doc: "Id of the WABA that receives the flow; may be left out when there is only one WABA."),
    ], location: \.location, origin: \.origin)
}

extension Money {
  /// The keys of a flow's `monthly_ad_spend`; there is no amount unless both are given.
  static let keys = Keys<Money>(
    "monthly_ad_spend", seed: { Money(amount: 0, currency: "") },
    [
      Field(
        \.amount, "amount", .number(InputLimits.amount), required: true, doc: "Amount per month."),
      Field(
        \.currency, "currency", .currency, required: true, doc: "ISO 4217 currency code (EUR)."),
    ], requires: [\.amount, \.currency])
}

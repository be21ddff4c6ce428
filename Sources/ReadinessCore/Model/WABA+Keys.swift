extension WABA: KeyedEntry {
  /// The keys of an entry of `programme.wabas`.
  public static let keys = Keys<WABA>(
    "waba", seed: { WABA(id: "") },
    [
      Field(\.id, "id", .id, required: true, doc: "WABA id."),
      Field(
        \.businessPortfolio, "business_portfolio", .string,
        doc: "Business portfolio (formerly Business Manager).",
        starter: "formerly Business Manager"),
      Field(\.bsp, "bsp", .string, doc: "Business solution provider."),
      Field(
        \.bspBSUIDEnabled, "bsp_bsuid_enabled", .boolean,
        doc: "The BSP passes BSUIDs through (R-C7).",
        starter: "R-C7: does the BSP pass BSUIDs through?"),
      Field(
        \.parentBSUID, "parent_bsuid", .boolean, doc: "Enrolled in a parent BSUID account (R-C3)."),
      Field(
        \.sharesUserIdsWith, "shares_user_ids_with", .list(.id),
        doc: "WABAs this one shares user ids with (R-C3)."),
      Field(
        \.migrationDate, "migration_date", .date,
        doc: "Planned BSP migration or re-registration (R-C4)."),
      Field(
        \.newPortfolio, "new_portfolio", .cases(of: NewPortfolio.self, aliases: SchemaType.yesNo),
        doc: "Whether the migration changes portfolio; default unknown."),
      Field(
        \.owner, "owner", .string,
        doc: "Person accountable for the account (its R-C3, R-C4, R-C7 items and risks)."),
      Field(
        \.phoneNumbers, "phone_numbers", list: BusinessPhoneNumber.keys,
        doc: "Business phone numbers on the account."),
    ], location: \.location, origin: \.origin)
}

extension BusinessPhoneNumber {
  /// The keys of an entry of a WABA's `phone_numbers`.
  static let keys = Keys<BusinessPhoneNumber>(
    "phone_number", seed: { BusinessPhoneNumber(number: "") },
    [
      Field(
        \.number, "number", .string, required: true,
        doc: "The number, in international format (+31 20 123 4567)."),
      Field(\.displayName, "display_name", .string, doc: "The display name users see."),
    ])
}

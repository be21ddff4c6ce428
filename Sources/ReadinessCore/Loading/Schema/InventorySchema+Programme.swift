extension InventorySchema {
  static let phaseWindow = ObjectSchema(
    "phase_window",
    [
      SchemaField("start", .date, "First day of the phase."),
      SchemaField("end", .date, "Last day of the phase (inclusive)."),
    ])

  static let phaseWeights = ObjectSchema(
    "phase_weights",
    PhaseID.allCases.map {
      SchemaField(
        $0.rawValue, .number(InputLimits.weight), "Weight of the \($0.rawValue) phase; default 1.")
    })

  static let programme = ObjectSchema(
    "programme",
    [
      SchemaField("name", .string, required: true, "Programme name."),
      SchemaField("organisation", .string, "The business."),
      SchemaField(
        "start", .date, "Programme start; the planning phase starts here (default 2026-01-01)."),
      SchemaField("as_of", .date, "Reporting date; --as-of wins; default today."),
      SchemaField(
        "phases",
        .object(
          ObjectSchema(
            "phases",
            PhaseID.allCases.map {
              SchemaField($0.rawValue, .object(phaseWindow), "Window of the \($0.rawValue) phase.")
            })),
        "Phase windows; the defaults are listed in docs/readiness-model.md."),
      SchemaField(
        "milestones", .list(.object(milestone)), "Milestones; same id replaces a default."),
      SchemaField(
        "stakeholders", .list(.object(stakeholder)), "Teams whose commitment R-P4 counts."),
      SchemaField("wabas", .list(.object(waba)), "WhatsApp Business Accounts."),
      SchemaField("scenarios", .object(scenarios), "Scenario parameters for exposure."),
      SchemaField(
        "tolerance", .number(InputLimits.tolerance),
        "Points behind plan before a phase turns amber; default 15."),
      SchemaField(
        "red_tolerance", .number(InputLimits.tolerance),
        "Points behind plan before a phase turns red; default twice tolerance."),
      SchemaField(
        "weights", .object(phaseWeights), "Phase weights in the overall score; default 1 each."),
      SchemaField(
        "item_weights", .map(key: .checklistID, value: .number(InputLimits.weight)),
        "Checklist item weights by item id (R-I1: 2); default 1 each."),
    ])

  static let milestone = ObjectSchema(
    "milestone",
    [
      SchemaField("id", .id, required: true, "Milestone id (claim-window, or your own)."),
      SchemaField("title", .string, "What happens."),
      SchemaField("date", .date, required: true, "When."),
    ])

  static let stakeholder = ObjectSchema(
    "stakeholder",
    [
      SchemaField(
        "team", .enumeration(Stakeholder.teams, ignoringCase: true), required: true,
        "IT, product, operations or marketing, in any case; R-P4 counts the first three."),
      SchemaField("owner", .string, "The team's representative."),
      SchemaField("committed", .boolean, required: true, "The team has committed (R-P4)."),
    ])

  static let waba = ObjectSchema(
    "waba",
    [
      SchemaField("id", .id, required: true, "WABA id."),
      SchemaField("business_portfolio", .string, "Business portfolio (formerly Business Manager)."),
      SchemaField("bsp", .string, "Business solution provider."),
      SchemaField("bsp_bsuid_enabled", .boolean, "The BSP passes BSUIDs through (R-C7)."),
      SchemaField("parent_bsuid", .boolean, "Enrolled in a parent BSUID account (R-C3)."),
      SchemaField(
        "shares_user_ids_with", .list(.id), "WABAs this one shares user ids with (R-C3)."),
      SchemaField("migration_date", .date, "Planned BSP migration or re-registration (R-C4)."),
      SchemaField(
        "new_portfolio", .enumeration(values(NewPortfolio.self), aliases: yesNo),
        "Whether the migration changes portfolio; default unknown."),
      SchemaField(
        "owner", .string,
        "Person accountable for the account (its R-C3, R-C4, R-C7 items and risks)."),
      SchemaField(
        "phone_numbers", .list(.object(phoneNumber)), "Business phone numbers on the account."),
    ])

  static let phoneNumber = ObjectSchema(
    "phone_number",
    [
      SchemaField(
        "number", .string, required: true, "The number, in international format (+31 20 123 4567)."),
      SchemaField("display_name", .string, "The display name users see."),
    ])

  static let scenarios = ObjectSchema(
    "scenarios",
    [
      SchemaField(
        "username_adoption", .list(.number(.share)),
        "Shares of users with a username; default 0.05, 0.20, 0.50."),
      SchemaField(
        "observed", .string,
        "The file `bsuid-readiness measure --out` wrote, relative to the inventory's folder:"
          + " adds an observed adoption scenario."),
    ])
}

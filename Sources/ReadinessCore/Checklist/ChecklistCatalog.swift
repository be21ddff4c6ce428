/// One checklist item: its id, sentence, how it is measured and how to count it from the data.
struct ChecklistItem: Sendable {
  /// Where an item's completion comes from when it has covering tasks.
  enum Measure: Sendable {
    /// The data's done / counted; covering tasks only when there is nothing to count.
    case data
    /// The covering tasks' mean progress whenever the data counts something (R-C4: the
    /// migrations only decide whether a re-mapping plan is needed); nothing counted = not
    /// applicable, whatever tasks cover it.
    case coveringTasks
  }

  let id: ChecklistItemID
  let title: String
  let measure: Measure
  /// Counts done / counted over the inventory, with what is still pending.
  let tally: @Sendable (RuleContext) -> ItemTally

  init(
    _ id: ChecklistItemID, _ title: String, measure: Measure = .data,
    tally: @escaping @Sendable (RuleContext) -> ItemTally
  ) {
    self.id = id
    self.title = title
    self.measure = measure
    self.tally = tally
  }

  var phase: PhaseID { id.phase }
}

/// The roadmap checklist in `ChecklistItemID` order: R-P1…R-P4, R-I1…R-I4, R-T1…R-T3, then the
/// technical controls R-C1…R-C7, which are scored in the implementation phase.
enum ChecklistCatalog {
  static let items: [ChecklistItem] = [
    ChecklistItem(
      .rP1,
      "Audit every message flow that keys on the phone number",
      tally: PlanningRules.flowsAudited),
    ChecklistItem(
      .rP2,
      "Identify downstream systems that need the BSUID",
      tally: PlanningRules.systemsAssessed),
    ChecklistItem(
      .rP3,
      "Decide which flows must ask for the phone number",
      tally: PlanningRules.phoneRequestsDecided),
    ChecklistItem(
      .rP4,
      "Stakeholder commitment: IT, product, operations",
      tally: PlanningRules.stakeholdersCommitted),
    ChecklistItem(
      .rI1,
      "BSUID adopted: every system that needs the BSUID stores it",
      tally: ImplementationRules.bsuidFieldAdded),
    ChecklistItem(
      .rI2,
      "Bots and journeys work without a visible phone number",
      tally: ImplementationRules.worksWithoutPhone),
    ChecklistItem(
      .rI3,
      "Connected workflows updated",
      tally: ImplementationRules.workflowsUpdated),
    ChecklistItem(
      .rI4,
      "Bots ask for the phone number where it is needed",
      tally: ImplementationRules.phoneRequested),
    ChecklistItem(
      .rT1,
      "End-to-end BSUID testing with Meta",
      tally: TestingRules.endToEndTested),
    ChecklistItem(
      .rT2,
      "Phone-number request validated",
      tally: TestingRules.phoneRequestValidated),
    ChecklistItem(
      .rT3,
      "Business username claimed",
      tally: TestingRules.usernamesClaimed),
    ChecklistItem(
      .rC1,
      "Deduplication and CRM lookup do not assume the id is a phone number",
      tally: ControlRules.dedupeKey),
    ChecklistItem(
      .rC2,
      "Webhook consumers accept a payload without a phone number",
      tally: ControlRules.missingPhoneAccepted),
    ChecklistItem(
      .rC3,
      "User ids shared across business portfolios rely on parent BSUIDs",
      tally: ControlRules.sharedIDsUseParentBSUID),
    ChecklistItem(
      .rC4,
      "A planned BSP migration or WABA re-registration has a BSUID re-mapping plan",
      measure: .coveringTasks, tally: ControlRules.migrationPlanned),
    ChecklistItem(
      .rC5,
      "Webhook consumers follow identity changes",
      tally: ControlRules.identityChangesFollowed),
    ChecklistItem(
      .rC6,
      "Senders put BSUIDs in recipient, never in to",
      tally: ControlRules.recipientField),
    ChecklistItem(
      .rC7,
      "The BSP passes BSUIDs through for every number",
      tally: ControlRules.bspPassThrough),
  ]
}

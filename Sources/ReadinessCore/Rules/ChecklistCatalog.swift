/// One checklist item of SPEC §4.1: its id, phase, sentence and how to count it from the data.
struct ChecklistItem: Sendable {
  let id: String
  let phase: PhaseID
  let title: String
  /// Counts done / counted over the inventory, with what is still pending.
  let tally: @Sendable (RuleContext) -> ItemTally
}

/// The roadmap checklist in SPEC order: R-P1…R-P4, R-I1…R-I4, R-T1…R-T3, then the technical
/// controls R-C1…R-C7, which are scored in the implementation phase.
enum ChecklistCatalog {
  static let items: [ChecklistItem] = [
    ChecklistItem(
      id: "R-P1", phase: .planning,
      title: "Audit every message flow that keys on the phone number",
      tally: PlanningRules.flowsAudited),
    ChecklistItem(
      id: "R-P2", phase: .planning,
      title: "Identify downstream systems that need the BSUID",
      tally: PlanningRules.systemsAssessed),
    ChecklistItem(
      id: "R-P3", phase: .planning,
      title: "Decide which flows must ask for the phone number",
      tally: PlanningRules.phoneRequestsDecided),
    ChecklistItem(
      id: "R-P4", phase: .planning,
      title: "Stakeholder commitment: IT, product, operations",
      tally: PlanningRules.stakeholdersCommitted),
    ChecklistItem(
      id: "R-I1", phase: .implementation,
      title: "BSUID adopted: the CRM has the BSUID field",
      tally: ImplementationRules.bsuidFieldAdded),
    ChecklistItem(
      id: "R-I2", phase: .implementation,
      title: "Bots and journeys work without a visible phone number",
      tally: ImplementationRules.worksWithoutPhone),
    ChecklistItem(
      id: "R-I3", phase: .implementation,
      title: "Connected workflows updated",
      tally: ImplementationRules.workflowsUpdated),
    ChecklistItem(
      id: "R-I4", phase: .implementation,
      title: "Bots ask for the phone number where it is needed",
      tally: ImplementationRules.phoneRequested),
    ChecklistItem(
      id: "R-T1", phase: .testing,
      title: "End-to-end BSUID testing with Meta",
      tally: TestingRules.endToEndTested),
    ChecklistItem(
      id: "R-T2", phase: .testing,
      title: "Phone-number request validated",
      tally: TestingRules.phoneRequestValidated),
    ChecklistItem(
      id: "R-T3", phase: .testing,
      title: "Business username claimed",
      tally: TestingRules.usernamesClaimed),
    ChecklistItem(
      id: "R-C1", phase: .implementation,
      title: "Deduplication and CRM lookup do not assume the id is a phone number",
      tally: ControlRules.dedupeKey),
    ChecklistItem(
      id: "R-C2", phase: .implementation,
      title: "Webhook consumers accept a payload without a phone number",
      tally: ControlRules.missingPhoneAccepted),
    ChecklistItem(
      id: "R-C3", phase: .implementation,
      title: "User ids shared across business portfolios rely on parent BSUIDs",
      tally: ControlRules.sharedIDsUseParentBSUID),
    ChecklistItem(
      id: "R-C4", phase: .implementation,
      title: "A planned BSP migration or WABA re-registration has a BSUID re-mapping plan",
      tally: ControlRules.migrationPlanned),
    ChecklistItem(
      id: "R-C5", phase: .implementation,
      title: "Webhook consumers follow identity changes",
      tally: ControlRules.identityChangesFollowed),
    ChecklistItem(
      id: "R-C6", phase: .implementation,
      title: "Senders put BSUIDs in recipient, never in to",
      tally: ControlRules.recipientField),
    ChecklistItem(
      id: "R-C7", phase: .implementation,
      title: "The BSP passes BSUIDs through for every number",
      tally: ControlRules.bspPassThrough),
  ]
}

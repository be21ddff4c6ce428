/// An inventory that passed every check, with its calendar (defaults applied) and its plan
/// scheduled. Only `InventoryValidator` makes one, so assessing it never meets an input error.
public struct ValidatedInventory: Sendable {
  public let inventory: Inventory
  let calendar: ProgrammeCalendar
  /// Every task on the calendar, in inventory order.
  let plan: [PlannedTask]
  /// The tasks' dependencies, for the forecast.
  let graph: TaskGraph
  /// The identity-state matrix and the checklist, which no as-of date changes: evaluated once
  /// here (validation warns about their mismatches) and reused by the assessment.
  let flows: [FlowStates]
  let checklist: [ItemResult]
}

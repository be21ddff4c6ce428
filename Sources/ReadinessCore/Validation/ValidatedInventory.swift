/// An inventory that passed every check, with its calendar (defaults applied) and its plan
/// scheduled. Only `InventoryValidator` makes one, so assessing it never meets an input error.
public struct ValidatedInventory: Sendable {
  public let inventory: Inventory
  let calendar: ProgrammeCalendar
  /// Every task on the calendar, in inventory order.
  let plan: [PlannedTask]
  /// The tasks' dependencies, for the forecast.
  let graph: TaskGraph
}

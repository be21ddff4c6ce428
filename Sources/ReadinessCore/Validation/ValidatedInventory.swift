/// An inventory that passed every check, read at its as-of day, with its calendar (defaults
/// applied) and its plan scheduled. Only `InventoryValidator` makes one, so assessing it never
/// meets an input error.
public struct ValidatedInventory: Sendable {
  public let inventory: Inventory
  /// The day it was validated at and is assessed at (see `AsOfChoice`).
  public let asOf: Day
  let calendar: ProgrammeCalendar
  /// Every task on the calendar, in inventory order.
  let plan: [PlannedTask]
  /// The tasks' dependencies, for the forecast.
  let graph: TaskGraph
}

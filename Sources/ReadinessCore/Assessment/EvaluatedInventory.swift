/// A validated inventory with its identity-state matrix and checklist evaluated: the part of
/// the assessment that no as-of date changes. `Assessor.evaluate` makes one; loading makes one
/// too, since validation warns about the checklist's mismatches.
public struct EvaluatedInventory: Sendable {
  public let validated: ValidatedInventory
  /// One per flow, in inventory order.
  public let flows: [FlowStates]
  /// R-P1…R-T3 then R-C1…R-C7, in SPEC order.
  public let checklist: [ItemResult]

  public var inventory: Inventory { validated.inventory }
  /// The day it was validated at and is assessed at.
  public var asOf: Day { validated.asOf }
}

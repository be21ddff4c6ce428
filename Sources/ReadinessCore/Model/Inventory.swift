/// A whole inventory (format version 1): what the business has and plans.
public struct Inventory: Sendable {
  public var version: Int = 1
  public var programme: Programme
  public var systems: [BusinessSystem] = []
  public var flows: [MessageFlow] = []
  public var usernames: [UsernameClaim] = []
  public var tasks: [PlanTask] = []
  /// Keyed by checklist item id.
  public var attestations: [Attestation] = []
  public var risks: [ManualRisk] = []
  public var decisions: [Decision] = []

  public init(programme: Programme) { self.programme = programme }
}

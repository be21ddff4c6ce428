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
  /// RAID issues: things that have happened.
  public var issues: [ProgrammeIssue] = []
  /// The PM's words for this week; nil when not given.
  public var commentary: Commentary?
  /// What the product catalogue says of the systems' products (`ProductCatalog.apply`), shown
  /// with the assumptions.
  public var productFindings: [Assumption] = []

  public init(programme: Programme) { self.programme = programme }
}

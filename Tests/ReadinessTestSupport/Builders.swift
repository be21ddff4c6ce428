import ReadinessCore

// Small builders so tests state only what the rule under test reads, shared by the test
// targets of every library (core, webhooks, history, renderers).

/// A day from ISO text; a typo in a test date fails loudly.
public func day(_ iso: String) -> Day {
  guard let day = Day(iso: iso) else { fatalError("bad test date \(iso)") }
  return day
}

public func inventory(_ configure: (inout Inventory) -> Void = { _ in }) -> Inventory {
  var inventory = Inventory(programme: Programme(name: "Test programme"))
  configure(&inventory)
  return inventory
}

public func system(
  _ id: String, _ kind: SystemKind = .crm, owner: String? = nil,
  _ configure: (inout BusinessSystem) -> Void = { _ in }
) -> BusinessSystem {
  var system = BusinessSystem(id: id, name: "System \(id)", kind: kind)
  system.owner = owner ?? "owner-\(id)"
  configure(&system)
  return system
}

public func flow(
  _ id: String, _ kind: FlowKind = .inboundService,
  keyedOn identifier: PrimaryIdentifier = .unknown,
  _ configure: (inout MessageFlow) -> Void = { _ in }
) -> MessageFlow {
  var flow = MessageFlow(id: id, name: "Flow \(id)", kind: kind)
  flow.primaryIdentifier = identifier
  flow.owner = "owner-\(id)"
  configure(&flow)
  return flow
}

public func task(
  _ id: String, _ phase: PhaseID = .implementation, start: String? = nil, duration: Int? = nil,
  end: String? = nil, dependsOn: [String] = [], covers: [ChecklistItemID] = [],
  progress: Double = 0,
  status: WorkStatus = .notStarted, milestone: Bool = false
) -> PlanTask {
  var task = PlanTask(id: id, title: "Task \(id)", phase: phase)
  task.owner = "owner-\(id)"
  task.start = start.map(day)
  task.duration = duration
  task.end = end.map(day)
  task.dependsOn = dependsOn
  task.covers = covers
  task.progress = progress
  task.status = status
  task.milestone = milestone
  task.location = SourceLocation(file: "inventory.yaml", line: 40, column: 5)
  return task
}

public func waba(_ id: String, portfolio: String?, _ configure: (inout WABA) -> Void = { _ in })
  -> WABA
{
  var waba = WABA(id: id)
  waba.businessPortfolio = portfolio
  configure(&waba)
  return waba
}

public func attestation(_ item: ChecklistItemID, _ status: WorkStatus) -> Attestation {
  var attestation = Attestation(item: item, status: status)
  attestation.by = "Li Wei"
  attestation.on = day("2026-01-10")
  return attestation
}

public func username(
  _ handle: String, _ status: UsernameStatus = .notStarted, badge: Bool = false,
  alternates: [String] = []
) -> UsernameClaim {
  var claim = UsernameClaim(handle: handle)
  claim.status = status
  claim.verifiedBadge = badge
  claim.alternates = alternates
  claim.owner = "owner-\(handle)"
  return claim
}

/// Assesses at `asOf` (default: the first day of the default programme, all expectations 0).
/// Throws the validator's diagnostics when the inventory is invalid.
public func assess(_ inventory: Inventory, asOf: String = "2026-01-01") throws -> Assessment {
  let result = InventoryValidator.validate(inventory, asOf: day(asOf))
  guard let validated = result.validated else { throw InvalidInventory(result.diagnostics) }
  return Assessor.assess(validated)
}

extension Assessment {
  public func item(_ id: ChecklistItemID) -> ItemResult? { checklist.first { $0.id == id } }
  public func phase(_ id: PhaseID) -> PhaseResult? { phases.first { $0.id == id } }
  public func task(_ id: String) -> ScheduledTask? { schedule.tasks.first { $0.task.id == id } }
  public func risk(_ id: String) -> Risk? { risks.first { $0.id == id } }
  public func flow(_ id: String) -> FlowStates? { flows.first { $0.id == id } }
}

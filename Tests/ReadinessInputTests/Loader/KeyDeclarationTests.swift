import ReadinessCore
import ReadinessInput
import Testing

/// The key declarations build the model and find where each value was written.
@Suite("Key declarations: building the model and locating values by key path")
struct KeyDeclarationTests {
  static let text = """
    version: 1
    programme: {name: P}
    flows:
      - id: f
        name: F
        kind: crm_lookup
        e2e_tested: true
    tasks:
      - id: a
        title: A
        phase: planning
        duration: 1
        status: done
      - id: b
        title: B
        phase: planning
        duration: 1
        depends_on: [a, c]
        progress: 40
      - {id: c, title: C, phase: planning, duration: 1}
    """

  @Test("a rule finds a value's line and column by the property's key path")
  func locationByKeyPath() throws {
    let inventory = try #require(load(Self.text).evaluated?.inventory)
    let flow = try #require(inventory.flows.first)
    #expect(flow.location(of: \.e2eTested) == SourceLocation(file: "inv.yaml", line: 7, column: 17))
    #expect(flow.location(of: \.waba) == nil)
    let task = inventory.tasks[1]
    #expect(task.location(of: \.dependsOn, item: 1)?.column == 21)
  }

  @Test("a task's progress and status left out follow from each other")
  func taskDefaults() throws {
    let tasks = try #require(load(Self.text).evaluated?.inventory.tasks)
    #expect(tasks[0].progress == 100 && tasks[0].status == .done)
    #expect(tasks[1].progress == 40 && tasks[1].status == .inProgress)
  }

  @Test("a key left out stays nil in the model until a rule decides what absence means")
  func absentStaysAbsent() throws {
    let text = """
      version: 1
      programme: {name: P}
      systems:
        - {id: crm, name: CRM, kind: crm}
      """
    let system = try #require(load(text).evaluated?.inventory.systems.first)
    #expect(system.consumesWebhooks == nil && system.handlesMissingPhone == nil)
  }

  @Test("every key path a model declares names its key")
  func namesByKeyPath() {
    #expect(MessageFlow.keys.name(of: \.e2eTested) == "e2e_tested")
    #expect(PlanTask.keys.name(of: \.dependsOn) == "depends_on")
    #expect(ManualRisk.keys.name(of: \.state) == "status")
    #expect(UsernameClaim.keys.name(of: \.phoneNumber) == "phone_number")
    #expect(WABA.keys.name(of: \.sharesUserIdsWith) == "shares_user_ids_with")
  }
}

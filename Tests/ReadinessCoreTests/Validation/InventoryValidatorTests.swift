import Testing

@testable import ReadinessCore

@Suite("One validation pass over the typed model")
struct InventoryValidatorTests {
  @Test("every dependency cycle is named, each once, by the one graph algorithm")
  func everyCycle() {
    let result = InventoryValidator.validate(
      inventory {
        $0.tasks = [
          task("a", duration: 1, dependsOn: ["b"]), task("b", duration: 1, dependsOn: ["a"]),
          task("c", duration: 1, dependsOn: ["a", "d"]), task("d", duration: 1, dependsOn: ["c"]),
          task("e", duration: 1),
        ]
      }, asOf: day("2026-01-01"))
    #expect(result.validated == nil)
    #expect(
      result.diagnostics.map(\.message) == [
        "tasks depend on each other in a cycle: a → b → a",
        "tasks depend on each other in a cycle: c → d → c",
      ])
  }

  @Test("a valid inventory comes back scheduled at its day; the assessment only adds lateness")
  func scheduledPlan() throws {
    let plan = inventory { $0.tasks = [task("a", start: "2026-01-05", duration: 3)] }
    let early = try #require(InventoryValidator.validate(plan, asOf: day("2026-01-06")).validated)
    let late = try #require(InventoryValidator.validate(plan, asOf: day("2026-01-08")).validated)
    #expect(
      early.plan.map(\.end) == [day("2026-01-07")] && early.plan.map(\.end) == late.plan.map(\.end))
    #expect(early.asOf == day("2026-01-06") && late.asOf == day("2026-01-08"))
    #expect(
      Assessor.assess(early).task("a")?.late == false
        && Assessor.assess(late).task("a")?.late == true)
  }

  @Test("the calendar and the schedule are checked only once nothing else is wrong")
  func scheduleAfterStructure() {
    let result = InventoryValidator.validate(
      inventory {
        $0.programme.phases = [.planning: PhaseWindowOverride(end: day("2025-12-01"))]
        $0.tasks = [task("a", duration: 1, dependsOn: ["ghost"])]
      }, asOf: day("2026-01-01"))
    #expect(result.diagnostics.map(\.code) == [.unknownReference])
    #expect(
      result.diagnostics.first?.location
        == SourceLocation(file: "inventory.yaml", line: 40, column: 5))
  }
}

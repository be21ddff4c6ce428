import Testing

@testable import ReadinessCore

@Suite("Consistency: covering tasks against their item's data")
struct ItemMismatchTests {
  @Test(
    "a done task over unfinished data, and complete data under an unfinished task, are both named")
  func bothDirections() throws {
    let result = try assess(
      inventory {
        $0.systems = [
          system("crm", .crm) {
            $0.needsBSUID = .yes
            $0.bsuidField = .done
          },
          system("helpdesk", .contactCentre) { $0.needsBSUID = .yes },
          system("bot", .chatbot) { $0.needsBSUID = .unassessed },
        ]
        $0.tasks = [
          task("field", duration: 1, covers: [.rI1], status: .done),
          task("assess", .planning, duration: 1, covers: [.rP2], progress: 40),
        ]
      })
    let i1 = try #require(result.item(.rI1))
    #expect(
      i1.mismatches.map(\.message) == ["task 'field' is done, but R-I1 is 1 of 2 done by its data"])
    #expect(try #require(result.item(.rP2)).mismatches.isEmpty)  // 2 of 3 assessed: both unfinished
    let p2 = try assess(
      inventory {
        $0.systems = [system("crm", .crm) { $0.needsBSUID = .yes }]
        $0.tasks = [task("assess", .planning, duration: 1, covers: [.rP2], progress: 40)]
      }
    ).item(.rP2)
    #expect(
      p2?.mismatches.map(\.message) == [
        "R-P2 is complete by its data, but task 'assess' is 40% done"
      ])
  }

  @Test(
    "validate warns about each mismatch at the task; attested or task-measured items never disagree"
  )
  func warnings() throws {
    let result = InventoryValidator.validate(
      inventory {
        $0.systems = [system("crm", .crm) { $0.needsBSUID = .yes }]
        $0.attestations = [attestation(.rI1, .inProgress)]
        $0.programme.wabas = [waba("w", portfolio: "bp") { $0.migrationDate = day("2027-01-04") }]
        $0.tasks = [
          task("field", duration: 1, covers: [.rI1], status: .done),
          task("remap", duration: 1, covers: [.rC4], status: .done),
          task("audit", .planning, duration: 1, covers: [.rP2], status: .done),
        ]
      }, asOf: day("2026-01-01"))
    let evaluated = Assessor.evaluate(try #require(result.validated))
    let mismatches = InventoryValidator.mismatches(
      evaluated.checklist, tasks: evaluated.inventory.tasks)
    #expect(result.diagnostics.map(\.code) == [] && mismatches.map(\.code) == [])
  }

  @Test("a flag the inventory leaves out reads 'not assessed', never false")
  func notAssessed() throws {
    let result = try assess(
      inventory {
        $0.systems = [
          system("hook", .integration) { $0.consumesWebhooks = true },
          system("bot", .chatbot) {
            $0.consumesWebhooks = true
            $0.handlesMissingPhone = false
          },
        ]
      })
    let reasons = try #require(result.item(.rC2)).pending.map(\.reason)
    #expect(reasons == ["handles_missing_phone: not assessed", "handles_missing_phone: no"])
    #expect(try #require(result.item(.rI3)).pending.map(\.reason) == ["status: not started"])
  }
}

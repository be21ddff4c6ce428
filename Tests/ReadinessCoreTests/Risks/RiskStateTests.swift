import Testing

@testable import ReadinessCore

@Suite("Risk register order, milestone wording and actions that fit the state")
struct RiskStateTests {
  @Test("open risks come first, worst first; closed ones after, however severe")
  func openBeforeClosed() throws {
    var closed = ManualRisk(id: "gone", title: "Gone", severity: .critical)
    closed.state = .closed
    let result = try assess(
      inventory {
        $0.risks = [
          closed, ManualRisk(id: "low", title: "Low", severity: .low),
          ManualRisk(id: "high", title: "High", severity: .high),
        ]
      })
    #expect(result.risks.map(\.id) == ["high", "low", "gone"])
  }

  @Test("a milestone whose date is past and that is unfinished is missed")
  func milestoneMissed() throws {
    let result = try assess(
      inventory { $0.tasks = [task("gate", end: "2026-05-06", milestone: true)] },
      asOf: "2026-05-20")
    #expect(
      result.risk("task-late:gate")?.title
        == "Milestone 'Task gate' is missed: unfinished (0%) after its end 2026-05-06")
  }

  @Test("a milestone forecast after its phase end, its date not yet past, is at risk")
  func milestoneAtRisk() throws {
    // work: 20 working days from Monday 2026-06-01, planned to end 06-26; not started at
    // Saturday 06-20, so forecast to run 20 working days from 06-22 into July, after
    // implementation ends 06-30. The milestone after it follows.
    let result = try assess(
      inventory {
        $0.tasks = [
          task("work", start: "2026-06-01", duration: 20),
          task("gate", dependsOn: ["work"], milestone: true),
        ]
      }, asOf: "2026-06-20")
    let gate = try #require(result.risk("task-late:gate"))
    #expect(gate.title.hasPrefix("Milestone 'Task gate' is at risk: forecast to end 2026-07-"))
    #expect(result.risk("task-late:work")?.title.hasPrefix("Task 'Task work' is late: ") == true)
  }

  @Test("the migration action follows the re-mapping: plan it, finish it, then test it")
  func migrationAction() throws {
    func action(_ tasks: [PlanTask]) throws -> String? {
      try assess(
        inventory {
          $0.programme.wabas = [waba("w", portfolio: "bp") { $0.migrationDate = day("2026-09-01") }]
          $0.tasks = tasks
        }
      ).risk("bsuid-invalidation:w")?.action
    }
    #expect(try action([]) == "Plan a BSUID re-mapping for the migration (a task covering R-C4)")
    let remap = task("remap", duration: 5, covers: [.rC4], progress: 25, status: .inProgress)
    #expect(try action([remap]) == "Finish task 'Task remap' (25% done)")
    let other = task("backfill", duration: 2, covers: [.rC4], progress: 62.5, status: .inProgress)
    #expect(
      try action([remap, other])
        == "Finish tasks 'Task remap' (25% done), 'Task backfill' (62.5% done)")
    let done = task("remap", duration: 5, covers: [.rC4], progress: 100, status: .done)
    #expect(try action([done]) == "Test the BSUID re-mapping on the migrated WABA")
  }

  @Test("the shared-ids action says parent BSUIDs are arranged through the Meta partner contact")
  func sharedIDsAction() throws {
    let result = try assess(
      inventory {
        $0.programme.wabas = [
          waba("a", portfolio: "bp1") { $0.sharesUserIdsWith = ["b"] },
          waba("b", portfolio: "bp2"),
        ]
      })
    let risk = try #require(result.risks.first { $0.kind == .sharedIDs })
    #expect(
      risk.action
        == "Parent BSUIDs are for managed businesses: ask the business's Meta partner contact"
        + " to arrange them for both WABAs, or stop sharing user ids between them")
  }

  @Test("an unclaimed username's action follows its status")
  func usernameAction() throws {
    let result = try assess(
      inventory {
        $0.usernames = [username("req", .requested), username("res", .reserved), username("new")]
      }, asOf: "2026-07-01")
    #expect(
      result.risk("username-unclaimed:req")?.action
        == "Follow up the claim request with Meta or your BSP until it is approved")
    #expect(
      result.risk("username-unclaimed:res")?.action
        == "Complete the claim of the reserved handle in WhatsApp Manager or the Username API")
    #expect(
      result.risk("username-unclaimed:new")?.action == "Claim the username in WhatsApp Manager now")
  }
}

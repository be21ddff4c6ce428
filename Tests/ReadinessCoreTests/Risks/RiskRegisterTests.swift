import Testing

@testable import ReadinessCore

@Suite("Risk register")
struct RiskRegisterTests {
  @Test("operational-silence is critical for paid Click-to-WhatsApp, else high")
  func operationalSilence() throws {
    let result = try assess(
      inventory {
        $0.flows = [
          flow("paid", .clickToWhatsApp, keyedOn: .phone) {
            $0.monthlyAdSpend = Money(amount: 10, currency: "EUR")
          },
          flow("free", .clickToWhatsApp, keyedOn: .phone) {
            $0.monthlyAdSpend = Money(amount: 0, currency: "EUR")
          },
          flow("service", .inboundService, keyedOn: .phone),
          flow("fine", .inboundService, keyedOn: .bsuid),
        ]
      })
    #expect(result.risk("operational-silence:paid")?.severity == .critical)
    #expect(result.risk("operational-silence:free")?.severity == .high)
    #expect(result.risk("operational-silence:service")?.owner == "owner-service")
    #expect(result.risk("operational-silence:fine") == nil)
    #expect(result.overall.rag == .red)
  }

  @Test("bsuid-invalidation is high for a new or unknown portfolio, low for the same one")
  func bsuidInvalidation() throws {
    let result = try assess(
      inventory {
        $0.programme.wabas = [
          waba("u", portfolio: "bp") { $0.migrationDate = day("2026-09-01") },
          waba("y", portfolio: "bp") {
            $0.migrationDate = day("2026-09-01")
            $0.newPortfolio = .yes
          },
          waba("n", portfolio: "bp") {
            $0.migrationDate = day("2026-09-01")
            $0.newPortfolio = .no
          },
          waba("stay", portfolio: "bp"),
        ]
      })
    #expect(result.risk("bsuid-invalidation:u")?.severity == .high)
    #expect(result.risk("bsuid-invalidation:y")?.severity == .high)
    #expect(result.risk("bsuid-invalidation:n")?.severity == .low)
    #expect(result.risk("bsuid-invalidation:u")?.due == day("2026-09-01"))
    #expect(result.risk("bsuid-invalidation:stay") == nil)
  }

  @Test("bsuid-invalidation drops one step once every covering task is done")
  func bsuidInvalidationPlanned() throws {
    let wabas = [
      waba("u", portfolio: "bp") { $0.migrationDate = day("2026-09-01") },
      waba("n", portfolio: "bp") {
        $0.migrationDate = day("2026-09-01")
        $0.newPortfolio = .no
      },
    ]
    let done = try assess(
      inventory {
        $0.programme.wabas = wabas
        $0.tasks = [task("remap", duration: 1, covers: [.rC4], progress: 100, status: .done)]
      })
    #expect(done.risk("bsuid-invalidation:u")?.severity == .medium)
    #expect(done.risk("bsuid-invalidation:n")?.severity == .low)
    #expect(done.risk("bsuid-invalidation:u")?.owner == "owner-remap")
    let partly = try assess(
      inventory {
        $0.programme.wabas = wabas
        $0.tasks = [
          task("remap", duration: 1, covers: [.rC4], progress: 100, status: .done),
          task("test", duration: 1, covers: [.rC4], progress: 50),
        ]
      })
    #expect(partly.risk("bsuid-invalidation:u")?.severity == .high)
  }

  @Test("shared-ids is high for each cross-portfolio pair without parent BSUIDs on both")
  func sharedIDs() throws {
    let result = try assess(
      inventory {
        $0.programme.wabas = [
          waba("b", portfolio: "bp1") {
            $0.parentBSUID = true
            $0.sharesUserIdsWith = ["a"]
          },
          waba("a", portfolio: "bp2") { $0.sharesUserIdsWith = ["b"] },
        ]
      })
    let risk = try #require(result.risk("shared-ids:b"))
    #expect(risk.severity == .high && risk.kind == .sharedIDs && risk.ref == "b")
    #expect(result.risks.filter { $0.kind == .sharedIDs }.count == 1)
  }

  @Test(
    "task-late only on the forecast critical path (high) and for milestones; the rest in one tasks-late"
  )
  func taskLate() throws {
    // As of Monday 01-12: a (5 days, half done) resumes 01-13 and ends 01-15, forecast-critical;
    // b and c (not started) end 01-13 with 2 days of forecast slack; d is done late.
    let result = try assess(
      inventory {
        $0.tasks = [
          task("a", start: "2026-01-05", duration: 5, progress: 50),
          task("b", start: "2026-01-05", duration: 1),
          task("c", start: "2026-01-05", duration: 1),
          task("d", start: "2026-01-05", duration: 1, progress: 100),
          task("gate", end: "2026-01-07", dependsOn: ["b"], milestone: true),
        ]
      }, asOf: "2026-01-12")
    #expect(result.risk("task-late:a")?.severity == .high)
    #expect(result.risk("task-late:b") == nil && result.risk("task-late:d") == nil)
    // The missed milestone is its own risk, medium off the critical path.
    #expect(result.risk("task-late:gate")?.severity == .medium)
    let rest = try #require(result.risk("tasks-late"))
    #expect(rest.kind == .tasksLate && rest.severity == .medium && rest.ref == "b c")
    #expect(rest.title.hasPrefix("2 tasks off the critical path are late; the worst is 'Task b'"))
    #expect(result.risks.count { $0.kind == .tasksLate } == 1)
  }

  @Test("item-blocked is high and owned by the blocked task's owner")
  func itemBlocked() throws {
    let result = try assess(
      inventory {
        $0.tasks = [task("t", duration: 1, covers: [.rI1], status: .blocked)]
        $0.attestations = [attestation(.rT1, .blocked)]
      })
    #expect(result.risk("item-blocked:R-I1")?.severity == .high)
    #expect(result.risk("item-blocked:R-I1")?.owner == "owner-t")
    #expect(result.risk("item-blocked:R-T1")?.owner == "Li Wei")
  }

  @Test("manual risks sit beside generated ones, sorted worst first, then kind, then id")
  func sorting() throws {
    var low = ManualRisk(id: "m-low", title: "Low", severity: .low)
    low.owner = "Sam"
    let result = try assess(
      inventory {
        $0.risks = [low, ManualRisk(id: "m-high", title: "High", severity: .high)]
        $0.flows = [
          flow("z", .inboundService, keyedOn: .phone),
          flow("y", .clickToWhatsApp, keyedOn: .phone) {
            $0.monthlyAdSpend = Money(amount: 5, currency: "EUR")
          },
        ]
        $0.usernames = [username("acme.com")]
        $0.programme.wabas = [waba("w", portfolio: "bp") { $0.migrationDate = day("2026-09-01") }]
      })
    #expect(
      result.risks.map(\.id) == [
        "operational-silence:y", "operational-silence:z", "bsuid-invalidation:w",
        "username-invalid:acme.com", "m-high", "m-low",
      ])
    #expect(result.risk("m-low")?.owner == "Sam" && result.risk("m-low")?.kind == .manual)
    #expect(result.risks.allSatisfy { !$0.action.isEmpty })
  }
}

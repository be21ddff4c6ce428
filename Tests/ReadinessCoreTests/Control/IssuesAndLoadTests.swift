import Testing

@testable import ReadinessCore

/// RAID issues in the RAG and the reference checks, and owner load in the actions.
@Suite("Issues and owner load")
struct IssuesAndLoadTests {
  static func issue(
    _ id: String, _ severity: Severity, status: IssueStatus = .open, link: String? = nil
  ) -> ProgrammeIssue {
    var issue = ProgrammeIssue(id: id, title: "Issue \(id)", severity: severity)
    (issue.status, issue.link) = (status, link)
    return issue
  }

  @Test(
    "an open critical issue turns a green programme red and is named; resolved or high does not")
  func criticalIssueIsRed() throws {
    // On 2026-01-01 every expectation is 0: the programme is green.
    let base = PhaseScoringTests.planningHalf()
    #expect(try assess(base).overall.rag == .green)
    var withIssue = base
    withIssue.issues = [Self.issue("i1", .critical), Self.issue("i2", .critical)]
    let red = try assess(withIssue).overall
    #expect(red.rag == .red)
    #expect(
      red.reason == "Red because the critical issue 'Issue i1' is open (and 1 more critical).")
    withIssue.issues = [Self.issue("i1", .critical, status: .resolved), Self.issue("i2", .high)]
    #expect(try assess(withIssue).overall.rag == .green)
  }

  @Test("a link must name a task, a milestone, a manual risk or a generated risk's kind")
  func links() throws {
    var inventory = PhaseScoringTests.planningHalf {
      $0.tasks = [task("a", start: "2026-01-05", duration: 3)]
      $0.risks = [ManualRisk(id: "vendor", title: "Vendor late", severity: .high)]
    }
    inventory.issues = [
      Self.issue("i1", .low, link: "a"), Self.issue("i2", .low, link: "vendor"),
      Self.issue("i3", .low, link: "late-start:bsuid-webhooks"),
    ]
    #expect(InventoryValidator.validate(inventory, asOf: day("2026-01-01")).validated != nil)
    inventory.issues.append(Self.issue("i4", .low, link: "vendr"))
    inventory.issues.append(Self.issue("i1", .low))
    let result = InventoryValidator.validate(inventory, asOf: day("2026-01-01"))
    #expect(result.validated == nil)
    #expect(
      result.diagnostics.filter { $0.severity == .error }.map(\.message).sorted() == [
        "duplicate issue id 'i1'", "unknown risk or task 'vendr'",
      ])
  }

  @Test("load counts open risks and unfinished tasks once each; above the limit is flagged")
  func ownerLoad() throws {
    // As of Monday 2026-05-04 (window to 05-18), owner "Ana" has: task "late", late and on the
    // critical path, with its own task-late risk (one action, not two); task "soon" ending in
    // the window; task "later" ending after it (not counted); a high risk without a due date.
    // Load: late + soon + risk = 3.
    func owned(_ t: PlanTask) -> PlanTask {
      var t = t
      t.owner = "Ana"
      return t
    }
    var risk = ManualRisk(id: "vendor", title: "Vendor late", severity: .high)
    risk.owner = "Ana"
    func plan(limit: Int?) -> Inventory {
      inventory {
        $0.tasks = [
          owned(
            task("late", start: "2026-04-20", end: "2026-04-24", progress: 40, status: .inProgress)),
          owned(task("soon", start: "2026-05-04", end: "2026-05-15")),
          owned(task("later", start: "2026-05-04", end: "2026-05-29")),
        ]
        $0.risks = [risk]
        $0.programme.ownerLoadLimit = limit
      }
    }
    let flagged = try assess(plan(limit: 2), asOf: "2026-05-04").actions
    let ana = try #require(flagged.owners.first { $0.name == "Ana" })
    #expect(ana.actions.map(\.id).sorted() == ["late", "soon", "vendor"])
    #expect(ana.load == 3 && ana.overloaded && flagged.loadLimit == 2)
    let atLimit = try assess(plan(limit: 3), asOf: "2026-05-04").actions
    #expect(atLimit.owners.first { $0.name == "Ana" }?.overloaded == false)
    let byDefault = try assess(plan(limit: nil), asOf: "2026-05-04").actions
    #expect(byDefault.loadLimit == 6)
  }
}

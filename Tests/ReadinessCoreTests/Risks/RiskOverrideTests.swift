import Testing

@testable import ReadinessCore

/// Hand-checked: a paid click-to-WhatsApp flow keyed on the phone loses S-C conversations, so
/// `operational-silence:ads` is generated critical (SPEC §4.5) and turns the RAG red (§4.2).
@Suite("The PM's overrides of generated risks and their safeguards (SPEC §9)")
struct RiskOverrideTests {
  static let ads = flow("ads", .clickToWhatsApp, keyedOn: .phone) {
    $0.monthlyAdSpend = Money(amount: 1000, currency: "EUR")
    $0.monthlyConversations = 100
  }

  static func override(
    _ id: String = "operational-silence:ads", _ configure: (inout ManualRisk) -> Void
  ) -> ManualRisk {
    var entry = ManualRisk(id: id, title: "", severity: nil)
    configure(&entry)
    return entry
  }

  static func assessed(_ risks: [ManualRisk], asOf: String = "2026-01-05") throws -> Assessment {
    try assess(
      inventory {
        $0.flows = [ads]
        $0.risks = risks
      }, asOf: asOf)
  }

  @Test("without an override the critical risk is open and the RAG red")
  func baseline() throws {
    let result = try Self.assessed([])
    let risk = try #require(result.risk("operational-silence:ads"))
    #expect(risk.severity == .critical && risk.open && !risk.overridden)
    #expect(result.overall.rag == .red && result.overall.reason.contains("critical risk"))
  }

  @Test("every field of an override is applied; the shown severity is the PM's")
  func fields() throws {
    let result = try Self.assessed([
      Self.override {
        $0.owner = "Dana Ruiz"
        $0.due = day("2026-01-30")
        $0.likelihood = .low
        $0.impact = .high
        $0.note = "Ads paused until the fix ships"
        $0.action = "Keep the ads paused"
        $0.severity = .high
        $0.state = .accepted
        $0.review = day("2026-02-02")
        $0.acceptedSeverity = .critical
      }
    ])
    let risk = try #require(result.risk("operational-silence:ads"))
    #expect(risk.overridden && risk.owner == "Dana Ruiz" && risk.due == day("2026-01-30"))
    #expect(risk.likelihood == .low && risk.impact == .high)
    #expect(risk.note == "Ads paused until the fix ships" && risk.action == "Keep the ads paused")
    #expect(risk.severity == .high && risk.computedSeverity == .critical)
    #expect(risk.ragSeverity == .critical)
    #expect(risk.status == .accepted && risk.review == day("2026-02-02"))
    #expect(risk.statusNote == "accepted by Dana Ruiz until 2026-02-02")
    // The title is still the generated one.
    #expect(risk.title.hasPrefix("'Flow ads' silently loses conversations"))
  }

  @Test("an accepted critical risk no longer turns the RAG red")
  func acceptedCritical() throws {
    let result = try Self.assessed([
      Self.override {
        $0.state = .accepted
        $0.review = day("2026-01-31")
      }
    ])
    #expect(result.risk("operational-silence:ads")?.open == false)
    #expect(result.overall.rag == .green)
    #expect(
      result.overall.reason == "Green because every phase is green and no critical risk is open.")
    #expect(result.topRisks.isEmpty)
  }

  @Test("while open, the computed severity decides the RAG, not the PM's")
  func openPMSeverity() throws {
    let result = try Self.assessed([Self.override { $0.severity = .low }])
    let risk = try #require(result.risk("operational-silence:ads"))
    #expect(risk.severity == .low && risk.computedSeverity == .critical && risk.open)
    #expect(result.overall.rag == .red && result.overall.reason.contains("critical risk"))
  }

  @Test("an acceptance lapses after its review date: a warning, and it counts again")
  func lapsed() throws {
    let entry = Self.override {
      $0.state = .accepted
      $0.review = day("2026-01-09")
    }
    let validation = InventoryValidator.validate(
      inventory {
        $0.flows = [Self.ads]
        $0.risks = [entry]
      }, asOf: day("2026-01-12"))
    let warning = try #require(validation.diagnostics.first { $0.code == .riskAcceptanceLapsed })
    #expect(warning.severity == .warning)
    #expect(warning.message.contains("lapsed on 2026-01-09"))
    let result = try Self.assessed([entry], asOf: "2026-01-12")
    let risk = try #require(result.risk("operational-silence:ads"))
    #expect(
      risk.open && risk.statusNote == "acceptance lapsed on 2026-01-09: open again until reviewed")
    #expect(result.overall.rag == .red)
    // On its review day it still holds.
    #expect(try Self.assessed([entry], asOf: "2026-01-09").overall.rag != .red)
  }

  @Test("accepted needs a review date at most 12 weeks after as-of")
  func reviewRequired() throws {
    func errors(_ review: String?) -> [Diagnostic] {
      InventoryValidator.validate(
        inventory {
          $0.flows = [Self.ads]
          $0.risks = [
            Self.override {
              $0.state = .accepted
              $0.review = review.map(day)
            }
          ]
        }, asOf: day("2026-01-05")
      ).diagnostics.filter { $0.severity == .error }
    }
    #expect(errors(nil).map(\.code) == [.missingKey])
    // 2026-01-05 + 84 days = 2026-03-30.
    #expect(errors("2026-03-30").isEmpty)
    let late = try #require(errors("2026-03-31").first)
    #expect(late.code == .outOfRange && late.hint?.contains("2026-03-30") == true)
  }

  @Test("an accepted or closed risk reopens when its computed severity rises above the accepted")
  func reopens() throws {
    for state in [RiskState.accepted, .closed] {
      let result = try Self.assessed([
        Self.override {
          $0.state = state
          $0.review = day("2026-01-31")
          $0.acceptedSeverity = .high
        }
      ])
      let risk = try #require(result.risk("operational-silence:ads"))
      #expect(risk.open)
      #expect(
        risk.statusNote
          == "reopened: the computed severity rose to critical, above the high it was"
          + " \(state.rawValue) at")
      #expect(result.overall.rag == .red)
    }
    // Without accepted_severity the PM's own severity is the one accepted.
    let pm = try Self.assessed([
      Self.override {
        $0.state = .accepted
        $0.review = day("2026-01-31")
        $0.severity = .medium
      }
    ])
    #expect(pm.risk("operational-silence:ads")?.open == true)
  }

  @Test("closed on a risk the data still raises says so, and does not count")
  func closedStillDetected() throws {
    let result = try Self.assessed([Self.override { $0.state = .closed }])
    let risk = try #require(result.risk("operational-silence:ads"))
    #expect(risk.status == .closed && risk.statusNote == "closed by the PM, still detected")
    #expect(result.overall.rag != .red)
    // Accepted and closed risks are listed after the open ones.
    #expect(result.risks.last?.id == "operational-silence:ads")
  }

  @Test("an override whose risk is not generated is a stale warning")
  func stale() throws {
    var entry = Self.override("late-start:bsuid-webhooks") { $0.owner = "Dana Ruiz" }
    entry.location = SourceLocation(file: "inventory.yaml", line: 12, column: 9)
    let result = try Self.assessed([entry])
    #expect(result.risk("late-start:bsuid-webhooks") == nil)
    let warning = try #require(result.warnings.first)
    #expect(result.warnings.count == 1)
    #expect(warning.code == .riskOverrideStale && warning.severity == .warning)
    #expect(warning.location?.line == 12)
  }

  @Test("a task-late override follows its task into tasks-late and back")
  func followsTask() throws {
    // As RiskRegisterTests.taskLate: at 01-12, a is late on the forecast critical path (its own
    // task-late risk); b and c are late off it, gathered into tasks-late.
    let tasks = [
      task("a", start: "2026-01-05", duration: 5, progress: 50),
      task("b", start: "2026-01-05", duration: 1),
      task("c", start: "2026-01-05", duration: 1),
    ]
    let entries = ["a", "b"].map { id in
      Self.override("task-late:\(id)") {
        $0.owner = "Dana Ruiz"
        $0.state = .accepted
        $0.review = day("2026-01-30")
        $0.note = "Vendor fix"
      }
    }
    let result = try assess(
      inventory {
        $0.tasks = tasks
        $0.risks = entries
      }, asOf: "2026-01-12")
    #expect(result.warnings.isEmpty)
    // a has its own risk: the override applies to it.
    #expect(result.risk("task-late:a")?.status == .accepted)
    // b is in the roll-up: the override is kept there, the roll-up still open.
    let rollUp = try #require(result.risk("tasks-late"))
    #expect(rollUp.open && rollUp.ref == "b c")
    #expect(
      rollUp.statusNote
        == "task-late:b follows task b here (accepted by Dana Ruiz until 2026-01-30: Vendor fix)")
  }

  @Test("manual risks take status and review; accepted ones do not count")
  func manualStatus() throws {
    var vendor = ManualRisk(id: "vendor", title: "Vendor gone", severity: .critical)
    vendor.state = .accepted
    vendor.review = day("2026-01-31")
    vendor.owner = "Li Wei"
    let result = try assess(inventory { $0.risks = [vendor] }, asOf: "2026-01-05")
    let risk = try #require(result.risk("vendor"))
    #expect(risk.status == .accepted && risk.statusNote == "accepted by Li Wei until 2026-01-31")
    #expect(result.overall.rag != .red)
  }

  @Test("a risk of one's own needs a title and a severity; an override does not")
  func ownNeedsTitle() {
    let result = InventoryValidator.validate(
      inventory {
        $0.flows = [Self.ads]
        $0.risks = [
          ManualRisk(id: "mine", title: "", severity: nil),
          Self.override { $0.owner = "Dana Ruiz" },
        ]
      }, asOf: day("2026-01-05"))
    let messages = result.diagnostics.filter { $0.severity == .error }.map(\.message)
    #expect(messages == ["risk 'mine' needs 'title'", "risk 'mine' needs 'severity'"])
  }

  @Test("generated ids: tasks-late, or a generated kind and a ref without spaces")
  func generatedIDs() {
    #expect(Risk.Kind.generatedID("tasks-late")?.kind == .tasksLate)
    #expect(Risk.Kind.generatedID("operational-silence:ctwa-ev")?.ref == "ctwa-ev")
    #expect(Risk.Kind.generatedID("username-invalid:bad handle!") == nil)
    #expect(Risk.Kind.generatedID("username-invalid:bad!")?.ref == "bad!")
    #expect(Risk.Kind.generatedID("manual:x") == nil)
    #expect(Risk.Kind.generatedID("tasks-late:x") == nil)
    #expect(Risk.Kind.generatedID("nonsense:x") == nil)
    #expect(Risk.Kind.generatedID("late-start:") == nil)
  }
}

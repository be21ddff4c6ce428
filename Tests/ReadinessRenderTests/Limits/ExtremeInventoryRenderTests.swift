import Foundation
import ReadinessCore
import ReadinessInput
import Testing

@testable import ReadinessRender

/// An inventory with every value at its limit reports: the HTML renders, the workbook passes
/// its schema. Values past the limits never get this far (ReadinessCoreTests' input limits).
@Suite("Rendering an inventory at the limits")
struct ExtremeInventoryRenderTests {
  /// 100 flows at the largest amounts and counts (exposure: 100 × 10^15 × 50 % in one
  /// scenario), weights at 0 and 1,000, tolerance 0, tasks spanning 2000–2100 with a
  /// 2,000-day chain, 10,000-character names.
  static func inventory() -> String {
    let long = String(repeating: "W", count: 10_000)
    let flows = (0..<100).map { i in
      "  - { id: f\(i), name: \(long), kind: click_to_whatsapp, systems: [s], primary_identifier: phone, monthly_conversations: 1000000000000,"
        + " first_contact_share: 1, monthly_ad_spend: { amount: 1e15, currency: EUR } }"
    }
    return """
      version: 1
      programme:
        name: \(long)
        start: 2000-01-03
        as_of: 2026-11-25
        tolerance: 0
        red_tolerance: 100
        weights: { planning: 1000, implementation: 0, testing: 1000 }
        item_weights: { R-I1: 1000, R-P1: 0 }
      systems:
        - { id: s, name: S, kind: crm, needs_bsuid: yes, consumes_webhooks: true, handles_missing_phone: false }
      flows:
      \(flows.joined(separator: "\n"))
      tasks:
        - { id: t0, title: \(long), phase: planning, start: 2000-01-03, end: 2100-12-31, progress: 0.000001 }
        - { id: t1, title: T, phase: planning, start: 2000-01-03, duration: 2000 }
        - { id: t2, title: T, phase: testing, duration: 2000, depends_on: [t1] }
        - { id: m, title: M, phase: testing, milestone: true, end: 2100-12-31 }
      """
  }

  @Test("HTML renders and the workbook validates against its schema")
  func rendersAtTheLimits() throws {
    let day = InputLimits.latestDate.adding(days: -3650)
    let loaded = InventoryLoader { _ in Data() }.load(
      Data(Self.inventory().utf8), fileName: "limits.yaml",
      asOf: AsOfChoice(given: day, today: day))
    let evaluated = try #require(loaded.evaluated, "\(loaded.diagnostics.map(\.message))")
    let assessment = Assessor.assess(evaluated)
    let html = try HTMLTestSupport.html(assessment)
    // Every amount in the inventory is whole: EUR is shown without decimals (SPEC §9).
    #expect(html.contains("EUR 50,000,000,000,000,000<"))
    let xml = XMLRenderer.render(assessment, version: "test")
    #expect(
      XMLValidator.validate(xml.bytes, schema: try WorkbookSchema.bytes(), at: WorkbookSchema.url)
        == [])
  }
}

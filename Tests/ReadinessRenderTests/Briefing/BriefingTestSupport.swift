import Foundation
import ReadinessCore

@testable import ReadinessRender

/// The briefing rendered from the bundled templates, and assessments that stretch it.
enum BriefingTestSupport {
  static func html(_ assessment: Assessment, overrides: [String: String] = [:]) throws -> String {
    let templates = TemplateSet(
      bundled: try HTMLTestSupport.bundledTemplates(), overrides: overrides)
    let file = try BriefingRenderer(templates: templates).render(assessment)
    return String(decoding: file.bytes, as: UTF8.self)
  }

  /// The fixture with `count` more open risks, decisions and milestones in the window, and
  /// every text decorated by `text`.
  static func crowded(_ count: Int, text: @escaping (String) -> String = { $0 }, tasks: Int? = nil)
    -> Assessment
  {
    var a = HTMLFixture.assessment(text: text, generatedTasks: tasks)
    for i in 1...count {
      a.risks.append(
        Risk(
          id: "R-\(i)", kind: .manual, severity: .high, ref: nil, title: text("Extra risk \(i)"),
          owner: text("Owner \(i)"), action: text("act"), due: nil))
      var decision = Decision(id: "D-x\(i)", title: text("Decision \(i)"))
      (decision.owner, decision.neededBy) = (
        text("Owner \(i)"), HTMLFixture.day(i % 2 == 0 ? "2026-05-01" : "2026-06-10")
      )
      a.decisions.append(decision)
      a.schedule.milestones.append(
        MilestoneDate(
          id: "m\(i)", title: text("Milestone \(i)"),
          date: HTMLFixture.day("2026-06-0\(i % 9 + 1)"), isDefault: false))
    }
    return a
  }
}

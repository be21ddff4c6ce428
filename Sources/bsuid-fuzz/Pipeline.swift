import Foundation
import ReadinessCore
import ReadinessInput
import ReadinessRender

/// One input through everything `report` does in memory: loading, validation, assessment,
/// the HTML report and the workbook checked against its schema.
struct Pipeline {
  let renderer: HTMLRenderer
  let schema: Data
  /// The as-of day when the inventory gives none (a fixed day: runs are repeatable).
  let asOf = Day(year: 2026, month: 11, day: 25)!

  /// What became of one input.
  enum Outcome {
    /// Reported as an invalid inventory.
    case invalid
    /// Both files rendered, the workbook valid.
    case rendered
    /// A workbook its schema rejects.
    case finding(String)
  }

  /// Runs `input`; a template error is thrown.
  func run(_ input: Data, fileName: String) throws -> Outcome {
    let loader = InventoryLoader { _ in throw CocoaError(.fileNoSuchFile) }
    let fallback = asOf
    let loaded = loader.load(input, fileName: fileName, asOf: { $0.asOf ?? fallback })
    guard let validated = loaded.validated else { return .invalid }
    let assessment = Assessor.assess(validated, asOf: validated.inventory.programme.asOf ?? asOf)
    _ = try renderer.render(assessment)
    let workbook = XMLRenderer.render(assessment, version: "fuzz")
    let problems = XMLValidator.validate(workbook.bytes, schema: schema)
    return problems.isEmpty ? .rendered : .finding("workbook.xml fails its schema: \(problems[0])")
  }
}

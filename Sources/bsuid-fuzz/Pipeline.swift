import Foundation
import ReadinessCore
import ReadinessInput
import ReadinessRender
import ReadinessReport

/// One input through everything `report` does in memory: loading, validation, assessment, and
/// every file of `ReportFormat.all` rendered and self-checked (workbook.xml against its schema),
/// except the PDFs: their pages are the HTML files rendered here, and printing is Chromium's.
struct Pipeline {
  /// Every format's renderer, in the list's order.
  let renderers: [ReportFormat.Renderer]
  /// The as-of day when the inventory gives none (a fixed day: runs are repeatable).
  let asOf = Day(year: 2026, month: 11, day: 25)!

  /// What became of one input.
  enum Outcome {
    /// Reported as an invalid inventory.
    case invalid
    /// Every file rendered and passed its check.
    case rendered
    /// A file that fails its check, or that could not be written.
    case finding(String)
  }

  /// Renderers for every format from `templates` and the schema at `schemaURL` (for the
  /// formats that have one).
  init(templates: TemplateSet, schemaURL: URL) throws {
    let schema = try Data(contentsOf: schemaURL)
    renderers = try ReportFormat.all.filter { !$0.isPDF }.map { format in
      try format.renderer(
        ReportFormat.Resources(
          templates: templates, schema: format.schema == nil ? Data() : schema,
          schemaURL: schemaURL, version: "fuzz"))
    }
  }

  /// Runs `input`; a template error is thrown.
  func run(_ input: Data, fileName: String) throws -> Outcome {
    let loader = InventoryLoader { _ in throw CocoaError(.fileNoSuchFile) }
    let loaded = loader.load(input, fileName: fileName, asOf: AsOfChoice(today: asOf))
    guard let evaluated = loaded.evaluated else { return .invalid }
    let assessment = Assessor.assess(evaluated)
    for renderer in renderers {
      do {
        _ = try renderer.render(assessment)
      } catch {
        switch error {
        case .invalid(let file, let problems):
          return .finding("\(file.name) fails its schema: \(problems[0])")
        case .write(let file, let why): return .finding("cannot write \(file): \(why)")
        case .templates, .render, .printing: throw error
        }
      }
    }
    return .rendered
  }
}

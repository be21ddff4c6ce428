import Foundation
import Testing

/// Mutated user templates (`Support/mutate_templates.py`: tags inserted at random places, spans
/// deleted or duplicated, sections nested up to 10,000 deep, set delimiters, inheritance,
/// dynamic and cyclic partials) given to `report --templates`: never a crash, exit 0 or 65. The number of cases is `BSUID_FUZZ_TEMPLATE_CASES` (default 300); the seed is fixed, so
/// a failure repeats.
@Suite("Fuzz run over mutated user templates")
struct TemplateFuzzTests {
  @Test("a bounded run of mutated user templates finds no crash")
  func mutatedTemplates() throws {
    let run = try FuzzRun(casesFrom: "BSUID_FUZZ_TEMPLATE_CASES", default: 300)
    try run.mutate(
      "mutate_templates.py", BinaryRunner.root.appendingPathComponent("Templates").path)
    run.check("user templates") { index in
      let folder = run.folder.appendingPathComponent("case-\(index)")
      let report = try BinaryRunner.run(
        [
          "report", "Examples/minimal.yaml", "--templates", folder.path, "--no-history",
          "--out", run.folder.appendingPathComponent("out-\(index)").path, "--format",
          "html,briefing",
        ], timeout: 60)
      guard [0, 65].contains(report.status), !report.stderr.contains("Fatal error") else {
        return (
          report.status, "exited \(report.status): \(report.stderr.prefix(500))"
        )
      }
      try? FileManager.default.removeItem(at: run.folder.appendingPathComponent("out-\(index)"))
      return (report.status, nil)
    }
  }
}

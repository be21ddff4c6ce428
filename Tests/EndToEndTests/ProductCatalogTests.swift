import Foundation
import Testing

/// `product: name@version` on a system, looked up in the bundled Catalog/products.yaml.
@Suite("the product catalogue: findings, a lowered verdict, entries in step with the tests")
struct ProductCatalogEndToEndTests {
  static let inventory = """
    version: 1
    programme:
      name: Product check
      start: 2026-03-02
      as_of: 2026-10-05
    systems:
      - { id: bot, name: Bot, kind: chatbot, product: heyoo@0.1.2, handles_missing_phone: true, consumes_webhooks: true }
      - { id: hooks, name: Hooks, kind: integration, product: pywa@4.5.0, handles_missing_phone: true, consumes_webhooks: true }
      - { id: old, name: Old, kind: integration, product: pywa@3.0, handles_missing_phone: true, consumes_webhooks: true }
      - { id: sf, name: SF, kind: crm, product: salesforce-service-cloud }

    """

  @Test("heyoo lowers R-C2 from 3/3 to 2/3; pywa's finding and the uncovered version are told")
  func findingsAndVerdict() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("inventory.yaml")
    try Data(Self.inventory.utf8).write(to: path)
    let run = try BinaryRunner.run(["report", path.path, "--out", folder.path + "/out"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(
      run.stderr.contains(
        "inventory.yaml:7:51: warning: system 'bot' uses heyoo@0.1.2: every message without a"
          + " phone number fails"), "\(run.stderr)")
    #expect(
      run.stderr.contains(
        "(verified by the test suite against heyoo 0.1.2, 2026-12-06); its handles_missing_phone"
          + " is taken as false"))
    #expect(run.stderr.contains("warning: system 'hooks' uses pywa@4.5.0: it hands over"))
    #expect(
      run.stderr.contains(
        "note: system 'old' uses pywa@3.0, which the product catalogue does not cover (it knows"
          + " pywa 4.5.0): not assessed"))
    #expect(!run.stderr.contains("'sf'"))
    // The findings reach the report with the assumptions, where the PM sees them.
    let html = try String(contentsOfFile: folder.path + "/out/report.html", encoding: .utf8)
    #expect(html.contains("system bot on heyoo@0.1.2"), "no finding in report.html")
    #expect(html.contains("handles_missing_phone taken as false"))
    #expect(html.contains("system hooks on pywa@4.5.0") && !html.contains("system old on"))
    let xml = try String(contentsOfFile: folder.path + "/out/workbook.xml", encoding: .utf8)
    // R-C2: systems consuming webhooks that handle a missing phone: hooks and old, not bot.
    #expect(xml.contains(#"id="R-C2" phase="implementation" completion="0.6667""#), "\(xml)")
    #expect(xml.contains(#"done="2" counted="3">"#))
  }

  @Test("each entry verified by the tests agrees with what the frameworks did with the bodies")
  func verifiedEntriesAgree() throws {
    let script = #"""
      import json, sys, yaml
      catalog = yaml.safe_load(open("Catalog/products.yaml"))["products"]
      run = json.load(open("Tests/EndToEndTests/Fixtures/webhook-frameworks.json"))
      for entry in catalog:
          if not entry.get("verified_by_tests"):
              continue
          name, version = entry["product"], run["versions"].get(entry["product"])
          outcomes = [b[name] for b in run["bodies"]]
          phoneless = [b[name] for b in run["bodies"] if b["state"] == "S-C"]
          if any(o["outcome"] != "parsed" or o.get("sender") != "BSUID" for o in phoneless):
              verdict = "breaks"
          elif any(o["outcome"] != "parsed" or o.get("reply_as", "BSUID") != "BSUID" for o in outcomes):
              verdict = "partial"
          else:
              verdict = "works"
          print(name, version in [str(v) for v in entry["versions"]], verdict, entry["handles_missing_phone"])
      """#
    let output = try SchemaTests().python(["-c", script])
    let lines = output.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
    #expect(lines.map { $0[0] }.sorted() == ["heyoo", "pywa"], "\(output)")
    for line in lines {
      #expect(line[1] == "True", "\(line[0]): the tested version is not the entry's")
      #expect(line[2] == line[3], "\(line[0]): the tests say \(line[2]), the catalogue \(line[3])")
    }
  }

  @Test("a home without Catalog/ fails an inventory that names a product (74), and no other")
  func missingCatalog() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let home = folder.appendingPathComponent("home")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    for name in ["Templates", "Schemas"] {
      try FileManager.default.createSymbolicLink(
        at: home.appendingPathComponent(name),
        withDestinationURL: BinaryRunner.root.appendingPathComponent(name))
    }
    let path = folder.appendingPathComponent("inventory.yaml")
    try Data(Self.inventory.utf8).write(to: path)
    let environment = ["BSUID_READINESS_HOME": home.path]
    let named = try BinaryRunner.run(["validate", path.path], environment: environment)
    #expect(named.status == 74, "\(named.stderr)")
    #expect(named.stderr.contains("which holds no Catalog/ folder"), "\(named.stderr)")
    let plain = try BinaryRunner.run(
      ["validate", BinaryRunner.root.appendingPathComponent("Examples/minimal.yaml").path],
      environment: environment)
    #expect(plain.status == 0, "\(plain.stderr)")
  }
}

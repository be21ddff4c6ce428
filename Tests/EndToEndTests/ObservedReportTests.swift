import Foundation
import Testing

@Suite("report: the observed adoption scenario from measure's file")
struct ObservedReportTests {
  static let example = "Examples/observed/inventory.yaml"

  /// The observed example in `folder`, its `observed:` line replaced by `observed` (nil: left
  /// out); returns the inventory's path.
  static func inventory(in folder: URL, observed: String?) throws -> URL {
    let text = try String(
      contentsOf: BinaryRunner.root.appendingPathComponent(example), encoding: .utf8)
    let edited = text.replacingOccurrences(
      of: "    observed: observed.yaml\n", with: observed.map { "    observed: \($0)\n" } ?? "")
    let url = folder.appendingPathComponent("inventory.yaml")
    try Data(edited.utf8).write(to: url)
    return url
  }

  @Test("fixtures, a generated log, measure, then report: the observed scenario in every output")
  func measureThenReport() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let bare = try Self.inventory(in: folder, observed: nil)
    let fixtures = folder.appendingPathComponent("fixtures").path
    #expect(try BinaryRunner.run(["fixtures", bare.path, "--out", fixtures]).status == 0)
    let log = folder.appendingPathComponent("webhooks.jsonl").path
    _ = try SchemaTests().python(["Benchmarks/generate_webhook_log.py", fixtures, "5000", log, "4"])
    let measured = folder.appendingPathComponent("observed.yaml")
    #expect(try BinaryRunner.run(["measure", log, "--out", measured.path]).status == 0)
    // The committed example is what this run writes.
    let committed = BinaryRunner.root.appendingPathComponent("Examples/observed/observed.yaml")
    #expect(try Data(contentsOf: measured) == Data(contentsOf: committed))

    let inventory = try Self.inventory(in: folder, observed: "observed.yaml")
    let out = folder.appendingPathComponent("out")
    let run = try BinaryRunner.run(["report", inventory.path, "--out", out.path])
    #expect(run.status == 0, "\(run.stderr)")
    let workbook = out.appendingPathComponent("workbook.xml")
    let lint = try ExampleFiguresTests.runTool(
      "xmllint", ["--noout", "--schema", "Schemas/workbook.xsd", workbook.path])
    #expect(lint.status == 0, "\(lint.output)")
    let xml = try String(contentsOf: workbook, encoding: .utf8)
    // 1200 × 0.5 × 0.6 + 800 × 0.5 = 760; EUR 3000 × 0.5 × 0.6 = 900.
    #expect(
      xml.contains(
        #"<scenario adoption="0.5" conversations="760" spend="900" currency="EUR" upper-bound="true" observed="true" measured-to="2026-10-04" sample-size="2780"/>"#
      ), "\(xml)")
    #expect(xml.components(separatedBy: #"observed="true""#).count == 2)
    let html = try String(
      contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
    // The inventory's one EUR amount is whole: people read EUR 900 (SPEC §9).
    #expect(
      html.contains(
        #"<tr class="observed"><th scope="row">observed 50%<br><span class="muted">measured to 2026-10-04 on 2,780 messages</span></th><td class="num">760</td><td class="num">EUR 900</td>"#
      ))
    let briefing = try String(
      contentsOf: out.appendingPathComponent("briefing.html"), encoding: .utf8)
    #expect(briefing.contains("(measured to 2026-10-04 on 2,780 messages)"))
  }

  @Test("a missing file exits 66 at the inventory's observed key, with the measure hint")
  func missing() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let inventory = try Self.inventory(in: folder, observed: "observed.yaml")
    let run = try BinaryRunner.run(["report", inventory.path, "--out", folder.path + "/out"])
    #expect(run.status == 66, "\(run.stderr)")
    #expect(
      run.stderr.contains(
        "inventory.yaml:19:5: error: cannot read the observed adoption file 'observed.yaml': no"
          + " such file"))
    #expect(run.stderr.contains("bsuid-readiness measure LOG --out observed.yaml"))
    #expect(!FileManager.default.fileExists(atPath: folder.path + "/out"))
  }

  @Test("a malformed file exits 65 at its own line and column; outside the folder or a pipe too")
  func refused() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let inside = folder.appendingPathComponent("inv")
    try FileManager.default.createDirectory(at: inside, withIntermediateDirectories: true)
    try Data("observed:\n  sample_size: [3\n".utf8).write(
      to: inside.appendingPathComponent("observed.yaml"))
    try Data("observed: {sample_size: 1}\n".utf8).write(
      to: folder.appendingPathComponent("outside.yaml"))
    #expect(mkfifo(inside.appendingPathComponent("pipe.yaml").path, 0o600) == 0)
    for (path, expected) in [
      ("observed.yaml", "inv/observed.yaml:3:1: error:"),
      (
        "../outside.yaml",
        "error: cannot read the observed adoption file '../outside.yaml': it is"
          + " outside the inventory's folder"
      ),
      ("pipe.yaml", "'pipe.yaml': it is a named pipe (FIFO), not a regular file"),
    ] {
      let inventory = try Self.inventory(in: inside, observed: path)
      let run = try BinaryRunner.run(["validate", inventory.path], timeout: 30)
      #expect(run.status == 65, "\(path): \(run.stderr)")
      #expect(run.stderr.contains(expected), "\(path): \(run.stderr)")
    }
  }

  @Test("a stale measurement is a warning; validate still passes")
  func stale() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let inventory = try Self.inventory(in: folder, observed: "observed.yaml")
    try FileManager.default.copyItem(
      at: BinaryRunner.root.appendingPathComponent("Examples/observed/observed.yaml"),
      to: folder.appendingPathComponent("observed.yaml"))
    let run = try BinaryRunner.run(["validate", inventory.path, "--as-of", "2026-12-07"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(
      run.stderr.contains(
        "inventory.yaml:19:5: warning: the observed adoption is a stale measurement: measured to"
          + " 2026-10-04, more than 8 weeks before the as-of date 2026-12-07"), "\(run.stderr)")
  }
}

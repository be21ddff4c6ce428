import Foundation
import Testing

@Suite("report exits with the documented codes and writes nothing on failure")
struct ReportTests {
  /// A folder holding `inventory.yaml` with `text`, and an `out` path inside it not yet created.
  func workspace(inventory text: String) throws -> (inventory: String, out: URL) {
    let folder = try BinaryRunner.temporaryFolder()
    let inventory = folder.appendingPathComponent("inventory.yaml")
    try Data(text.utf8).write(to: inventory)
    return (inventory.path, folder.appendingPathComponent("out"))
  }

  static let validInventory = """
    version: 1
    programme:
      name: End-to-end test programme
      as_of: 2026-11-25
    """

  @Test("an invalid inventory exits 65 and writes nothing")
  func invalidInventory() throws {
    let (inventory, out) = try workspace(
      inventory: "version: 1\nprogramme:\n  name: Broken\nflowz: []\n")
    let run = try BinaryRunner.run(["report", inventory, "--out", out.path])
    #expect(run.status == 65, "\(run.stderr)")
    #expect(!FileManager.default.fileExists(atPath: out.path))
    #expect(run.stdout.isEmpty)
    let validate = try BinaryRunner.run(["validate", inventory])
    #expect(validate.status == 65)
    #expect(run.stderr == validate.stderr, "report must print what validate prints")
    #expect(
      run.stderr.contains("unknown key 'flowz'") && run.stderr.contains("did you mean 'flows'?"))
  }

  @Test("a missing inventory exits 66 and writes nothing")
  func missingInventory() throws {
    let out = try BinaryRunner.temporaryFolder().appendingPathComponent("out")
    let run = try BinaryRunner.run(["report", "/nonexistent/inventory.yaml", "--out", out.path])
    #expect(run.status == 66)
    #expect(run.stderr.contains("/nonexistent/inventory.yaml: error: no such inventory file"))
    #expect(!FileManager.default.fileExists(atPath: out.path))
  }

  @Test("a missing --templates folder exits 66, as a missing input, and writes nothing")
  func missingTemplates() throws {
    let (inventory, out) = try workspace(inventory: Self.validInventory)
    for formats in ["html,xml", "xml"] {
      let run = try BinaryRunner.run([
        "report", inventory, "--out", out.path, "--templates", "/nonexistent/templates",
        "--format", formats,
      ])
      #expect(run.status == 66, "\(run.stderr)")
      #expect(run.stderr.contains("/nonexistent/templates: error: no such templates folder"))
      #expect(run.stderr.contains("hint: "))
      #expect(!FileManager.default.fileExists(atPath: out.path))
    }
  }

  @Test("a folder given as the inventory says so (66), without suggesting init over it")
  func folderAsInventory() throws {
    let folder = try BinaryRunner.temporaryFolder()
    let run = try BinaryRunner.run(["validate", folder.path])
    #expect(run.status == 66)
    #expect(run.stderr.contains("\(folder.path): error: this is a folder, not an inventory file"))
    #expect(!run.stderr.contains("init"))
  }

  @Test("an empty --out is a usage error (64), not the working directory")
  func emptyOut() throws {
    let (inventory, _) = try workspace(inventory: Self.validInventory)
    let folder = URL(fileURLWithPath: inventory).deletingLastPathComponent()
    let run = try BinaryRunner.run(["report", inventory, "--out", ""], in: folder)
    #expect(run.status == 64, "\(run.stderr)")
    #expect(
      !FileManager.default.fileExists(atPath: folder.appendingPathComponent("workbook.xml").path))
  }

  @Test("an unknown --format or an impossible --as-of is a usage error (64)")
  func usageErrors() throws {
    let (inventory, out) = try workspace(inventory: Self.validInventory)
    let format = try BinaryRunner.run([
      "report", inventory, "--out", out.path, "--format", "xml,docx",
    ])
    #expect(format.status == 64)
    #expect(format.stderr.contains("unknown format 'docx'"))
    let day = try BinaryRunner.run([
      "report", inventory, "--out", out.path, "--as-of", "2026-02-30",
    ])
    #expect(day.status == 64)
    #expect(!FileManager.default.fileExists(atPath: out.path))
  }

  @Test(
    "--out under a regular file exits 73 and writes nothing")
  func outputUnderAFile() throws {
    let (inventory, out) = try workspace(inventory: Self.validInventory)
    try Data("not a folder".utf8).write(to: out)
    let run = try BinaryRunner.run([
      "report", inventory, "--out", out.appendingPathComponent("sub").path,
    ])
    #expect(run.status == 73, "\(run.stderr)")
    #expect(run.stderr.contains("cannot create the output folder"))
    #expect(try String(contentsOf: out, encoding: .utf8) == "not a folder")
  }

  @Test("a folder in the way of one output file exits 74 and replaces none of the others")
  func folderInTheWay() throws {
    let (inventory, out) = try workspace(inventory: Self.validInventory)
    try FileManager.default.createDirectory(
      at: out.appendingPathComponent("workbook.xml"), withIntermediateDirectories: true)
    let html = out.appendingPathComponent("report.html")
    try Data("last week's report".utf8).write(to: html)
    let run = try BinaryRunner.run(["report", inventory, "--out", out.path])
    #expect(run.status == 74, "\(run.stderr)")
    #expect(run.stderr.contains("workbook.xml") && run.stderr.contains("hint: "))
    #expect(try String(contentsOf: html, encoding: .utf8) == "last week's report")
    let left = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
    #expect(left == ["report.html", "workbook.xml"], "no temporary file is left behind")
  }

  @Test("re-running into the same folder replaces the files")
  func rerunReplaces() throws {
    let (inventory, out) = try workspace(inventory: Self.validInventory)
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    try Data("stale".utf8).write(to: out.appendingPathComponent("workbook.xml"))
    for _ in 0..<2 {
      let run = try BinaryRunner.run(["report", inventory, "--out", out.path])
      #expect(run.status == 0, "\(run.stderr)")
    }
    let workbook = try String(
      contentsOf: out.appendingPathComponent("workbook.xml"), encoding: .utf8)
    #expect(workbook.contains("urn:bsuid-readiness:workbook:1"))
  }

  @Test(
    "a valid inventory writes a workbook.xml that xmllint validates, and prints the summary")
  func writesValidWorkbook() throws {
    let (inventory, out) = try workspace(inventory: Self.validInventory)
    let run = try BinaryRunner.run(["report", inventory, "--out", out.path, "--format", "xml"])
    #expect(run.status == 0, "\(run.stderr)")
    let workbook = out.appendingPathComponent("workbook.xml")
    #expect(FileManager.default.fileExists(atPath: workbook.path))
    #expect(run.stdout.contains("as of 2026-11-25"))
    #expect(run.stdout.contains("workbook.xml"))
    let lint = try BinaryRunner.xmllint(
      workbook, schema: BinaryRunner.root.appendingPathComponent("Schemas/workbook.xsd"))
    #expect(lint == 0)
  }
}

extension BinaryRunner {
  /// Runs `xmllint --noout --nonet --schema schema file` and returns its exit status.
  static func xmllint(_ file: URL, schema: URL) throws -> Int32 {
    try execute(
      URL(fileURLWithPath: "/usr/bin/env"),
      ["xmllint", "--noout", "--nonet", "--schema", schema.path, file.path]
    ).status
  }
}

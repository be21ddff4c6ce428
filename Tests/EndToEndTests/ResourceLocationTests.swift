import Foundation
import Testing

@Suite(
  "Templates and schemas come from beside the binary or BSUID_READINESS_HOME, never the working directory"
)
struct ResourceLocationTests {
  /// A copy of the binary in a folder with no resources, and a working directory holding a
  /// planted `Templates/` and `Schemas/` (a template with a script, a schema that fetches).
  func plantedWorkspace() throws -> (binary: URL, work: URL, inventory: String) {
    let base = try BinaryRunner.temporaryFolder()
    let bin = base.appendingPathComponent("bin")
    let work = base.appendingPathComponent("work")
    let manager = FileManager.default
    for folder in [
      bin, work.appendingPathComponent("Templates/html"), work.appendingPathComponent("Schemas"),
    ] {
      try manager.createDirectory(at: folder, withIntermediateDirectories: true)
    }
    let binary = bin.appendingPathComponent("bsuid-readiness")
    try manager.copyItem(at: BinaryRunner.binary, to: binary)
    try Data("<script>alert(1)</script>".utf8)
      .write(to: work.appendingPathComponent("Templates/html/report.mustache"))
    try Data("<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"/>".utf8)
      .write(to: work.appendingPathComponent("Schemas/workbook.xsd"))
    let inventory = work.appendingPathComponent("inventory.yaml")
    try Data("version: 1\nprogramme:\n  name: Planted\n  as_of: 2026-11-25\n".utf8).write(
      to: inventory)
    return (binary, work, inventory.path)
  }

  @Test("an installed binary ignores Templates/ and Schemas/ planted in the working directory")
  func workingDirectoryIgnored() throws {
    let (binary, work, inventory) = try plantedWorkspace()
    for (format, status, name) in [("html", Int32(66), "Templates"), ("xml", Int32(74), "Schemas")]
    {
      let run = try BinaryRunner.execute(
        binary, ["report", inventory, "--out", "out", "--format", format], in: work)
      #expect(run.status == status, "\(format): \(run.stderr)")
      #expect(run.stderr.contains("cannot find the bundled \(name)/ folder beside \(binary.path)"))
      #expect(!FileManager.default.fileExists(atPath: work.appendingPathComponent("out").path))
    }
    let home = try BinaryRunner.execute(
      binary, ["report", inventory, "--out", "out"], in: work,
      environment: ["BSUID_READINESS_HOME": BinaryRunner.root.path])
    #expect(home.status == 0, "\(home.stderr)")
    let html = try String(
      contentsOf: work.appendingPathComponent("out/report.html"), encoding: .utf8)
    #expect(!html.contains("<script>"))
  }

  @Test("a BSUID_READINESS_HOME without the resources is an error, not a silent fallback")
  func unusableHome() throws {
    let (_, work, inventory) = try plantedWorkspace()
    let run = try BinaryRunner.run(
      ["report", inventory, "--out", "out"], in: work,
      environment: ["BSUID_READINESS_HOME": "/nonexistent/home"])
    #expect(run.status == 66, "\(run.stderr)")
    #expect(
      run.stderr.contains(
        "error: BSUID_READINESS_HOME is set to '/nonexistent/home', which holds no Templates/ folder"
      ))
    #expect(!FileManager.default.fileExists(atPath: work.appendingPathComponent("out").path))
    let initRun = try BinaryRunner.run(
      ["init", "new.yaml"], in: work, environment: ["BSUID_READINESS_HOME": "/nonexistent/home"])
    #expect(initRun.status == 74)
    #expect(!FileManager.default.fileExists(atPath: work.appendingPathComponent("new.yaml").path))
  }

  @Test("a broken workbook.xsd is reported as the installation's problem (74), not the inventory's")
  func brokenSchema() throws {
    let (_, work, inventory) = try plantedWorkspace()
    let home = work.appendingPathComponent("home")
    try FileManager.default.createDirectory(
      at: home.appendingPathComponent("Schemas"), withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      at: home.appendingPathComponent("Templates"),
      withDestinationURL: BinaryRunner.root.appendingPathComponent("Templates"))
    try Data("<xs:schema".utf8).write(to: home.appendingPathComponent("Schemas/workbook.xsd"))
    let run = try BinaryRunner.run(
      ["report", inventory, "--out", "out"], in: work,
      environment: ["BSUID_READINESS_HOME": home.path])
    #expect(run.status == 74, "\(run.stderr)")
    #expect(
      run.stderr.contains(
        "Schemas/workbook.xsd: error: the schema cannot be used to check workbook.xml; nothing was written"
      ))
    #expect(!run.stderr.contains("inventory"))
    #expect(!FileManager.default.fileExists(atPath: work.appendingPathComponent("out").path))
  }
}

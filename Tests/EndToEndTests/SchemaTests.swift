import Foundation
import Testing

@Suite("schema: the generated JSON Schema agrees with the loader")
struct SchemaTests {
  @Test("the committed Schemas/inventory.schema.json is exactly what `schema` prints")
  func committedCopyIsCurrent() throws {
    let run = try BinaryRunner.run(["schema"])
    #expect(run.status == 0)
    let committed = try String(
      contentsOf: BinaryRunner.root.appendingPathComponent("Schemas/inventory.schema.json"),
      encoding: .utf8)
    #expect(
      run.stdout == committed,
      "regenerate with: bsuid-readiness schema > Schemas/inventory.schema.json")
  }

  @Test(
    "every example and the inventory init writes pass Draft 2020-12 validation; broken ones fail")
  func examplesValidate() throws {
    // The template holds a {{today}} placeholder, so check what init writes from it.
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(try BinaryRunner.run(["init"], in: folder).status == 0)
    let starter = folder.appendingPathComponent("inventory.yaml").path
    let examples = try ValidateTests.exampleInventories() + [starter]
    let broken = [
      "wrong-type.yaml", "bad-enum.yaml", "unknown-key.yaml", "share-out-of-range.yaml",
    ]
    .map { ValidateTests.broken + $0 }
    let output = try python(
      ["Tests/EndToEndTests/Support/check_schema.py", "Schemas/inventory.schema.json"] + examples
        + broken)
    let lines = output.split(separator: "\n").map(String.init)
    #expect(lines.count == examples.count + broken.count, "\(output)")
    for example in examples { #expect(lines.contains("\(example): ok"), "\(output)") }
    for file in broken {
      #expect(lines.contains { $0.hasPrefix("\(file): invalid") }, "\(output)")
    }
  }

  /// Runs python3 in the repository root and returns stdout; fails the test on a non-zero exit.
  func python(_ arguments: [String]) throws -> String {
    let run = try BinaryRunner.execute(
      URL(fileURLWithPath: "/usr/bin/env"), ["python3"] + arguments)
    #expect(run.status == 0, "\(run.stderr)")
    return run.stdout
  }
}

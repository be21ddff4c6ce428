import Foundation
import ReadinessCore
import ReadinessInput
import Testing

/// The copies of the key declarations kept in the repository are what the declarations
/// generate; regenerate them with `scripts/regenerate-docs`.
@Suite("The committed key docs are generated from the key declarations")
struct GeneratedDocsTests {
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static func read(_ path: String) throws -> String {
    try String(contentsOf: repository.appendingPathComponent(path), encoding: .utf8)
  }

  @Test("Schemas/inventory.schema.json is the JSON Schema the declarations generate")
  func jsonSchema() throws {
    #expect(
      try Self.read("Schemas/inventory.schema.json") == InventorySchema.jsonSchema(),
      "run scripts/regenerate-docs")
  }

  @Test("README's key table is the one the declarations generate")
  func keyTable() throws {
    let readme = try Self.read("README.md")
    let current = try #require(KeyTable.replacing(in: readme), "README has lost its key markers")
    #expect(current == readme, "run scripts/regenerate-docs")
    #expect(KeyTable.markdown().contains("`e2e_tested`"))
    #expect(KeyTable.markdown().contains("**`handle`**"), "required keys are in bold")
  }

  @Test("the starter's key comments are the declarations' notes, and every note is used")
  func starterComments() throws {
    let template = try Self.read("Templates/init/inventory.yaml")
    let (text, unused) = StarterComments.regenerate(template)
    #expect(text == template, "run scripts/regenerate-docs")
    #expect(unused == [])
  }

  @Test("a stale, missing or misplaced starter comment is rewritten from the declarations")
  func staleStarterComment() throws {
    let template = try Self.read("Templates/init/inventory.yaml")
    let stale = template.replacingOccurrences(
      of: "# shown as the report title", with: "# the title"
    )
    .replacingOccurrences(of: "                        # percent", with: "")
    .replacingOccurrences(of: "    owner: Li Wei\n", with: "    owner: Li Wei   # who\n")
    #expect(stale != template)
    #expect(StarterComments.regenerate(stale).text == template)
    let continued = template.replacingOccurrences(
      of: "# the system's own readiness work\n",
      with: "# the system's own readiness work\n" + String(repeating: " ", count: 43) + "# more\n")
    #expect(StarterComments.regenerate(continued).text == template)
    let dropped = template.replacingOccurrences(of: "    progress: 0", with: "    done: 0")
    #expect(StarterComments.regenerate(dropped).unused == ["tasks.progress"])
  }
}

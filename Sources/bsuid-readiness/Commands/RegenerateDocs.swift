import ArgumentParser
import Foundation
import ReadinessInput

extension BSUIDReadiness {
  /// `regenerate-docs` (hidden, for `scripts/regenerate-docs`): rewrites the repository's copies
  /// of the key declarations: the JSON Schema, README's key table and the starter's comments.
  struct RegenerateDocs: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "regenerate-docs",
      abstract: "Rewrite the docs generated from the inventory key declarations.",
      shouldDisplay: false)

    @Argument(help: "The repository's root folder.")
    var root = "."

    func run() throws {
      try rewrite("Schemas/inventory.schema.json") { _ in InventorySchema.jsonSchema() }
      try rewrite("README.md") { readme in
        guard let table = KeyTable.replacing(in: readme) else {
          throw ValidationError("README.md has no '\(KeyTable.begin)' … '\(KeyTable.end)' markers")
        }
        return table
      }
      try rewrite("Templates/init/inventory.yaml") { template in
        let (text, unused) = StarterComments.regenerate(template)
        guard unused.isEmpty else {
          throw ValidationError(
            "the starter has no line for \(unused.joined(separator: ", ")): add the keys to it")
        }
        return text
      }
    }

    /// Replaces the file at `path` (under `root`) with `make` of its text, when that differs.
    private func rewrite(_ path: String, _ make: (String) throws -> String) throws {
      let url = URL(fileURLWithPath: root).appendingPathComponent(path)
      let old = try String(contentsOf: url, encoding: .utf8)
      let new = try make(old)
      if new != old { try new.write(to: url, atomically: true, encoding: .utf8) }
    }
  }
}

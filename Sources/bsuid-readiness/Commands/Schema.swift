import ArgumentParser
import ReadinessCore
import ReadinessInput

extension BSUIDReadiness {
  /// `schema`: prints the inventory format as a JSON Schema.
  struct Schema: CLICommand {
    static let configuration = CommandConfiguration(
      abstract: "Print the inventory format as a JSON Schema (draft 2020-12).",
      discussion: """
        Editors use it to complete and check inventories as you type. With the YAML language \
        server (VS Code's YAML extension), put this on the inventory's first line:
          # yaml-language-server: $schema=inventory.schema.json

        Examples:
          bsuid-readiness schema > inventory.schema.json
        """)

    func execute() {
      Console.write(document: InventorySchema.jsonSchema())
    }
  }
}

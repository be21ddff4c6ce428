import ArgumentParser
import Foundation
import ReadinessCore
import ReadinessInput
import ReadinessRender

extension BSUIDReadiness {
  /// `init [PATH]`: writes a commented starter inventory and its JSON Schema.
  struct Init: CLICommand {
    static let configuration = CommandConfiguration(
      abstract: "Write a commented starter inventory to fill in.",
      discussion: """
        Writes a small, valid inventory with a comment on every key, and inventory.schema.json \
        beside it (unless one is there) so editors can complete and check keys as you type. \
        An existing inventory is never overwritten.

        Examples:
          bsuid-readiness init
          bsuid-readiness init programme/inventory.yaml
          bsuid-readiness init - > inventory.yaml    # print it instead

        Exit codes: 0 written, 73 the file exists or cannot be created.
        """)

    @Argument(help: "Where to write the inventory, or - to print it to standard output.")
    var path = "inventory.yaml"

    func execute() throws(CLIError) {
      let templates = try ResourceLocator.find("Templates", missing: .ioError)
      let starterURL = templates.appendingPathComponent("init/inventory.yaml")
      guard let template = try? String(contentsOf: starterURL, encoding: .utf8) else {
        throw CLIError(
          .ioError, "cannot read the starter template", at: starterURL.path,
          hint:
            "reinstall bsuid-readiness, or point \(ResourceLocator.homeVariable) at an intact copy")
      }
      // The starter's programme starts today, so its plan is dated from the day it is written.
      let starter = template.replacingOccurrences(of: "{{today}}", with: AsOfOption.today().iso)
      if path == "-" {
        Console.write(document: starter)
        return
      }
      let target = URL(fileURLWithPath: path)
      guard !FileManager.default.fileExists(atPath: target.path) else {
        throw CLIError(
          .cannotCreateOutput, "the file already exists; init does not overwrite it", at: path,
          hint: "choose another path (bsuid-readiness init other.yaml) or remove the file")
      }
      let folder = target.deletingLastPathComponent()
      var files = [RenderedFile(name: target.lastPathComponent, bytes: Data(starter.utf8))]
      let schemaName = "inventory.schema.json"
      let schemaExists = FileManager.default.fileExists(
        atPath: folder.appendingPathComponent(schemaName).path)
      if !schemaExists {
        files.append(RenderedFile(name: schemaName, bytes: Data(InventorySchema.jsonSchema().utf8)))
      }
      do {
        try AtomicWriter.write(files, into: folder)
      } catch {
        throw error.cliError
      }
      Console.out(schemaExists ? "wrote \(path)" : "wrote \(path) and \(schemaName) beside it")
      Console.out("next: fill it in, then run `bsuid-readiness validate \(path)`")
    }
  }
}

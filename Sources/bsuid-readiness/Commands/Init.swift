import ArgumentParser
import Foundation
import ReadinessCore
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

        Exit codes: 0 written, 73 the file exists or cannot be created.
        """)

    @Argument(help: "Where to write the inventory.")
    var path = "inventory.yaml"

    func execute() throws(CLIError) {
      let target = URL(fileURLWithPath: path)
      guard !FileManager.default.fileExists(atPath: target.path) else {
        throw CLIError(
          .cannotCreateOutput, "the file already exists; init does not overwrite it", at: path,
          hint: "choose another path (bsuid-readiness init other.yaml) or remove the file")
      }
      guard let templates = ResourceLocator.find("Templates"),
        let template = try? String(
          contentsOf: templates.appendingPathComponent("init/inventory.yaml"), encoding: .utf8)
      else {
        throw CLIError(
          .ioError, "cannot find the starter template Templates/init/inventory.yaml",
          hint: "set BSUID_READINESS_HOME to the folder that holds Templates/")
      }
      let folder = target.deletingLastPathComponent()
      // The starter's programme starts today, so its plan is dated from the day it is written.
      let starter = Data(
        template.replacingOccurrences(of: "{{today}}", with: AsOfOption.today().iso).utf8)
      var files = [RenderedFile(name: target.lastPathComponent, bytes: starter)]
      let schemaName = "inventory.schema.json"
      let schemaExists = FileManager.default.fileExists(
        atPath: folder.appendingPathComponent(schemaName).path)
      if !schemaExists {
        files.append(RenderedFile(name: schemaName, bytes: Data(InventorySchema.jsonSchema().utf8)))
      }
      do {
        try AtomicWriter.write(files, into: folder)
      } catch {
        throw CLIError(.cannotCreateOutput, "\(error)")
      }
      Console.out("wrote \(path)" + (schemaExists ? "" : " and \(schemaName) beside it"))
      Console.out("next: fill it in, then run `bsuid-readiness validate \(path)`")
    }
  }
}

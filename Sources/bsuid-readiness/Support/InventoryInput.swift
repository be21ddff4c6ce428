import ArgumentParser
import Foundation
import ReadinessCore

/// Reads an inventory file for a command, printing diagnostics and mapping failures to exit codes.
enum InventoryInput {
  /// Largest inventory read (a guard against runaway inputs), in bytes.
  static let maximumSize = 64 << 20

  /// Loads `path`; prints every diagnostic; throws exit 66 when missing, 65 when invalid.
  static func load(path: String) throws -> (inventory: Inventory, warnings: [Diagnostic]) {
    let url = URL(fileURLWithPath: path)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      Console.error("\(path): error: no such inventory file\n  hint: run `bsuid-readiness init \(path)` to write a starter inventory")
      throw ExitStatus.inputMissing
    }
    guard !isDirectory.boolValue else {
      Console.error(
        "\(path): error: this is a folder, not an inventory file\n"
          + "  hint: name the inventory's YAML or JSON file inside it")
      throw ExitStatus.inputMissing
    }
    let data: Data
    do {
      data = try read(url)
    } catch {
      Console.error("\(path): error: cannot read the inventory: \(error.localizedDescription)")
      throw ExitStatus.ioError
    }
    let folder = url.deletingLastPathComponent()
    let loader = InventoryLoader { relative in try read(folder.appendingPathComponent(relative)) }
    let result = loader.load(data, fileName: path)
    DiagnosticPrinter.print(result.diagnostics)
    guard let inventory = result.inventory, !result.diagnostics.contains(where: { $0.severity == .error })
    else { throw ExitStatus.invalidInventory }
    return (inventory, result.diagnostics)
  }

  /// Assesses `inventory` at `asOf`; prints the input errors only a schedule reveals (a start
  /// earlier than its dependencies allow) and throws exit 65 for them.
  static func assess(_ inventory: Inventory, asOf: Day) throws -> Assessment {
    do {
      return try Assessor.assess(inventory, asOf: asOf)
    } catch {
      DiagnosticPrinter.print(error.diagnostics)
      throw ExitStatus.invalidInventory
    }
  }

  private static func read(_ url: URL) throws -> Data {
    let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
    guard size <= maximumSize else {
      throw CocoaError(.fileReadTooLarge, userInfo: [NSFilePathErrorKey: url.path])
    }
    return try Data(contentsOf: url)
  }
}

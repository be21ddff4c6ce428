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
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue
    else {
      Console.error("\(path): error: no such inventory file\n  hint: run `bsuid-readiness init \(path)` to write a starter inventory")
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

  private static func read(_ url: URL) throws -> Data {
    let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
    guard size <= maximumSize else {
      throw CocoaError(.fileReadTooLarge, userInfo: [NSFilePathErrorKey: url.path])
    }
    return try Data(contentsOf: url)
  }
}

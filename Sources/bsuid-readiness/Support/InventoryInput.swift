import Foundation
import ReadinessCore

/// Reads an inventory file for a command: prints its warnings, and throws its errors.
enum InventoryInput {
  /// The name diagnostics and summaries give an inventory read from standard input (`-`).
  static let standardInputName = "<stdin>"

  /// Largest inventory read (a guard against runaway inputs), in bytes.
  static let maximumSize = 64 << 20

  /// Loads `path` (`-` reads standard input; CSV files are then relative to the working
  /// directory); prints the warnings of a valid inventory; throws exit 66 when missing, 65 with
  /// every diagnostic when invalid.
  static func load(path: String) throws(CLIError) -> (inventory: Inventory, warnings: [Diagnostic]) {
    if path == "-" {
      return try load(
        { try read(FileHandle.standardInput, name: "standard input") }, named: standardInputName,
        folder: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    }
    let url = URL(fileURLWithPath: path)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw CLIError(
        .inputMissing, "no such inventory file", at: path,
        hint: "run `bsuid-readiness init \(path)` to write a starter inventory")
    }
    guard !isDirectory.boolValue else {
      throw CLIError(
        .inputMissing, "this is a folder, not an inventory file", at: path,
        hint: "name the inventory's YAML or JSON file inside it")
    }
    return try load({ try read(url) }, named: path, folder: url.deletingLastPathComponent())
  }

  /// Reads the inventory's bytes with `bytes`, then loads them as `name` with CSV files in `folder`.
  private static func load(_ bytes: () throws -> Data, named name: String, folder: URL)
    throws(CLIError) -> (inventory: Inventory, warnings: [Diagnostic])
  {
    let data: Data
    do {
      data = try bytes()
    } catch {
      throw CLIError(.ioError, "cannot read the inventory: \(error.localizedDescription)", at: name)
    }
    let loader = InventoryLoader { relative in try read(folder.appendingPathComponent(relative)) }
    let result = loader.load(data, fileName: name)
    guard let inventory = result.inventory, !result.diagnostics.contains(where: { $0.severity == .error })
    else { throw CLIError(invalidInventory: result.diagnostics) }
    result.diagnostics.forEach { Console.error(ConsoleMessage($0).rendered) }
    return (inventory, result.diagnostics)
  }

  /// Assesses `inventory` at `asOf`; throws exit 65 with the input errors only a schedule
  /// reveals (a start earlier than its dependencies allow).
  static func assess(_ inventory: Inventory, asOf: Day) throws(CLIError) -> Assessment {
    do {
      return try Assessor.assess(inventory, asOf: asOf)
    } catch {
      throw CLIError(invalidInventory: error.diagnostics)
    }
  }

  /// The file's bytes; works for pipes too (`/dev/stdin`, `<(…)`), which have no size up front.
  private static func read(_ url: URL) throws -> Data {
    let handle = try FileHandle(forReadingFrom: url)
    defer { try? handle.close() }
    return try read(handle, name: url.path)
  }

  /// At most `maximumSize` bytes from `handle`, or an error saying the input is too large.
  private static func read(_ handle: FileHandle, name: String) throws -> Data {
    let data = try handle.read(upToCount: maximumSize + 1) ?? Data()
    guard data.count <= maximumSize else {
      throw CocoaError(.fileReadTooLarge, userInfo: [NSFilePathErrorKey: name])
    }
    return data
  }
}

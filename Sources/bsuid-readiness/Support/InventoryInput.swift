import Foundation
import ReadinessCore

/// Reads an inventory file for a command: prints its warnings, and throws its errors.
enum InventoryInput {
  /// The name diagnostics and summaries give an inventory read from standard input (`-`).
  static let standardInputName = "<stdin>"

  /// Largest inventory read (a guard against runaway inputs), in bytes.
  static let maximumSize = 64 << 20

  /// Loads `path` (`-` reads standard input; CSV files are then relative to the working
  /// directory); validates and schedules it, checking statuses against Meta's dates at the day
  /// `asOf` resolves; prints every diagnostic; throws exit 66 when missing, 65 when invalid.
  static func load(path: String, asOf: @escaping (Programme) -> Day) throws(CLIError)
    -> (validated: ValidatedInventory, warnings: [Diagnostic])
  {
    if path == "-" {
      return try load(
        { try read(FileHandle.standardInput, name: "standard input") }, named: standardInputName,
        folder: URL(fileURLWithPath: FileManager.default.currentDirectoryPath), asOf: asOf)
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
    return try load(
      { try read(url) }, named: path, folder: url.deletingLastPathComponent(), asOf: asOf)
  }

  /// Reads the inventory's bytes with `bytes`, then loads them as `name` with CSV files in `folder`.
  private static func load(
    _ bytes: () throws -> Data, named name: String, folder: URL, asOf: @escaping (Programme) -> Day
  ) throws(CLIError) -> (validated: ValidatedInventory, warnings: [Diagnostic]) {
    let data: Data
    do {
      data = try bytes()
    } catch {
      throw CLIError(.ioError, "cannot read the inventory: \(error.localizedDescription)", at: name)
    }
    let loader = InventoryLoader { relative in try read(folder.appendingPathComponent(relative)) }
    let result = loader.load(data, fileName: name, asOf: asOf)
    guard let validated = result.validated else {
      throw CLIError(invalidInventory: result.diagnostics)
    }
    for diagnostic in result.diagnostics { Console.error(ConsoleMessage(diagnostic).rendered) }
    return (validated, result.diagnostics)
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

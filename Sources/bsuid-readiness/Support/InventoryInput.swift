import Foundation
import ReadinessCore
import ReadinessInput

/// Reads an inventory file for a command: prints its warnings, and throws its errors.
enum InventoryInput {
  /// The name diagnostics and summaries give an inventory read from standard input (`-`).
  static let standardInputName = "<stdin>"

  /// Largest inventory or CSV file read (a guard against runaway inputs), in bytes.
  static let maximumSize = 64 << 20

  /// `maximumSize` as the README and messages name it.
  static let maximumSizeText = "\(maximumSize >> 20) MiB"

  /// Loads `path` (`-` reads standard input; CSV files are then relative to the working
  /// directory); validates and schedules it at the day `asOf` chooses, and evaluates its
  /// checklist; prints every warning unless `printWarnings` is false (the caller then has
  /// them); throws exit 66 when missing, 65 with every diagnostic when invalid. CSV files must
  /// resolve inside the inventory's folder or `csvRoot`. With `confinement`, the inventory itself
  /// is read through it (a portfolio's clients folder: inside it, and only a regular file).
  static func load(
    path: String, asOf: AsOfChoice, csvRoot: String? = nil,
    printWarnings: Bool = true, confinement: CSVFiles? = nil
  )
    throws(CLIError)
    -> (evaluated: EvaluatedInventory, warnings: [Diagnostic])
  {
    if path == "-" {
      return try load(
        { try read(FileHandle.standardInput, what: "standard input") }, named: standardInputName,
        folder: FileManager.default.currentDirectoryPath, asOf: asOf, csvRoot: csvRoot,
        printWarnings: printWarnings)
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
      {
        if let confinement { return try confinement.read(path) }
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        return try read(handle, what: "the inventory")
      }, named: path, folder: url.deletingLastPathComponent().path, asOf: asOf, csvRoot: csvRoot,
      printWarnings: printWarnings)
  }

  /// Reads the inventory's bytes with `bytes`, then loads them as `name` with CSV files in `folder`.
  private static func load(
    _ bytes: () throws -> Data, named name: String, folder: String,
    asOf: AsOfChoice, csvRoot: String?,
    printWarnings: Bool
  ) throws(CLIError) -> (evaluated: EvaluatedInventory, warnings: [Diagnostic]) {
    let data: Data
    do {
      data = try bytes()
    } catch let failure as InventoryLoader.ReadFailure {
      throw CLIError(.invalidInventory, failure.reason, at: name, hint: failure.hint)
    } catch {
      throw CLIError(.ioError, "cannot read the inventory: \(error.localizedDescription)", at: name)
    }
    if let csvRoot { try requireFolder(csvRoot) }
    let files = CSVFiles(folder: folder, extraRoot: csvRoot)
    // The catalogue is needed only by an inventory whose systems name a product: a missing or
    // broken one fails those, and no other.
    let catalog = ProductCatalogFile.cached
    let loader = InventoryLoader(
      readFile: { path in try files.read(path) }, catalog: (try? catalog.get()) ?? .init())
    let result = loader.load(data, fileName: name, asOf: asOf)
    guard let evaluated = result.evaluated else {
      throw CLIError(invalidInventory: result.diagnostics)
    }
    if case .failure(let problem) = catalog,
      evaluated.inventory.systems.contains(where: { $0.product != nil })
    {
      throw problem
    }
    guard printWarnings else { return (evaluated, result.diagnostics) }
    Console.report(result.diagnostics.map(ConsoleMessage.init))
    return (evaluated, result.diagnostics)
  }

  /// The `--csv-root` folder must exist (exit 66).
  private static func requireFolder(_ path: String) throws(CLIError) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      throw CLIError(
        .inputMissing, "no such folder for --csv-root", at: path,
        hint: "--csv-root names a folder the inventory's CSV files may be read from")
    }
  }

  /// At most `maximumSize` bytes from `handle` (pipes too, which have no size up front), or a
  /// `ReadFailure` naming the limit.
  static func read(_ handle: FileHandle, what: String) throws -> Data {
    let data = try handle.read(upToCount: maximumSize + 1) ?? Data()
    guard data.count <= maximumSize else {
      throw InventoryLoader.ReadFailure(
        "\(what) is larger than the \(maximumSizeText) limit",
        hint: "the limit is per file: move large sections (systems, flows, usernames, tasks)"
          + " into CSV files of their own")
    }
    return data
  }
}

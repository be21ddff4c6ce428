import Foundation
import ReadinessCore
import ReadinessInput

/// Reads an inventory file for a command: prints its warnings, and throws its errors, in the
/// language `LanguageChoice` finds for it.
enum InventoryInput {
  /// What a command gets from a valid inventory: it evaluated, its warnings, and the language
  /// they were written in (the report's, for what the command prints next).
  typealias Loaded = (
    evaluated: EvaluatedInventory, warnings: [Diagnostic], language: any MessageLanguage
  )

  /// The name diagnostics and summaries give an inventory read from standard input (`-`).
  static let standardInputName = "<stdin>"

  /// Largest inventory or CSV file read (a guard against runaway inputs), in bytes.
  static let maximumSize = 64 << 20

  /// `maximumSize` as the README and messages name it.
  static let maximumSizeText = "\(maximumSize >> 20) MiB"

  /// Loads `path` (`-` reads standard input; CSV files are then relative to the working
  /// directory); validates and schedules it at the day `asOf` chooses, and evaluates its
  /// checklist; prints every warning unless `printWarnings` is false (the caller then has
  /// them); throws exit 66 when missing, 65 with every diagnostic when invalid. Diagnostics are
  /// written in the language `language` chooses with the inventory's `programme.language`, as
  /// far as it could be read. CSV files must resolve inside the inventory's folder or `csvRoot`.
  /// With `confinement`, the inventory itself is read through it (a portfolio's clients folder:
  /// inside it, and only a regular file).
  static func load(
    path: String, asOf: AsOfChoice, csvRoot: String? = nil, language: LanguageChoice = .inventory,
    printWarnings: Bool = true, confinement: CSVFiles? = nil
  ) throws(CLIError) -> Loaded {
    let reading = Reading(
      asOf: asOf, csvRoot: csvRoot, language: language, printWarnings: printWarnings)
    if path == "-" {
      return try reading.load(
        { try read(FileHandle.standardInput, what: FileMessages.standardInput) },
        named: standardInputName, folder: FileManager.default.currentDirectoryPath)
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
    return try reading.load(
      {
        if let confinement { return try confinement.read(path) }
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        return try read(handle, what: FileMessages.theInventory)
      }, named: path, folder: url.deletingLastPathComponent().path)
  }

  /// How one inventory is read: at which day, with which CSV folder, in which language.
  private struct Reading {
    let asOf: AsOfChoice
    let csvRoot: String?
    let language: LanguageChoice
    let printWarnings: Bool

    /// Reads the inventory's bytes with `bytes`, then loads them as `name` with CSV files in
    /// `folder`.
    func load(_ bytes: () throws -> Data, named name: String, folder: String)
      throws(CLIError) -> Loaded
    {
      let data: Data
      do {
        data = try bytes()
      } catch let failure as InventoryLoader.ReadFailure {
        // Nothing is read yet: the language is `--lang`'s, else English.
        let words = try language.diagnostics(programmeLanguage: nil)
        throw CLIError(
          .invalidInventory, failure.reason.text(in: words), at: name,
          hint: failure.hint?.text(in: words))
      } catch {
        throw CLIError(
          .ioError, "cannot read the inventory: \(error.localizedDescription)", at: name)
      }
      if let csvRoot { try requireFolder(csvRoot) }
      let files = CSVFiles(folder: folder, extraRoot: csvRoot)
      // The catalogue is needed only by an inventory whose systems name a product: a missing or
      // broken one fails those, and no other.
      let catalog = ProductCatalogFile.cached
      let loader = InventoryLoader(
        readFile: { path in try files.read(path) }, catalog: (try? catalog.get()) ?? .init())
      let result = loader.load(data, fileName: name, asOf: asOf)
      let words = try language.diagnostics(programmeLanguage: result.language)
      guard let evaluated = result.evaluated else {
        throw CLIError(invalidInventory: result.diagnostics, in: words)
      }
      if case .failure(let problem) = catalog,
        evaluated.inventory.systems.contains(where: { $0.product != nil })
      {
        throw problem
      }
      if printWarnings { Console.report(result.diagnostics, in: words) }
      return (evaluated, result.diagnostics, words)
    }
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
  static func read(_ handle: FileHandle, what: MessageKey) throws -> Data {
    let data = try handle.read(upToCount: maximumSize + 1) ?? Data()
    guard data.count <= maximumSize else {
      throw InventoryLoader.ReadFailure(
        Message(FileMessages.tooLarge, ["what": .word(what), "limit": .text(maximumSizeText)]),
        hint: Message(FileMessages.tooLargeHint))
    }
    return data
  }
}

import Foundation

/// Reads an inventory (YAML, JSON, or CSV-backed sections) into the model, collecting every diagnostic.
public struct InventoryLoader: Sendable {
  /// Reads a file named relative to the inventory (for `{csv: file.csv}` sections).
  public typealias FileReader = @Sendable (_ relativePath: String) throws -> Data

  let readFile: FileReader

  public init(readFile: @escaping FileReader) { self.readFile = readFile }

  /// What loading produced: the inventory when it has no errors, and all diagnostics.
  public struct Result: Sendable {
    public var inventory: Inventory?
    public var diagnostics: [Diagnostic]
  }

  /// Loads `data` read from `fileName` (used in diagnostics; `.json` selects JSON).
  public func load(_ data: Data, fileName: String) -> Result {
    // TODO(loader helper): replaced by the real loader.
    Result(inventory: nil, diagnostics: [])
  }
}

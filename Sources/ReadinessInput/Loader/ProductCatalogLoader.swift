import Foundation
import ReadinessCore

/// Reads the product catalogue (`Catalog/products.yaml`) with the inventory's own YAML reader
/// and key checks: an unknown key, a wrong type or a missing finding is an error at its line.
public enum ProductCatalogLoader {
  /// The catalogue, or every problem found in it.
  public static func load(_ data: Data, fileName: String) -> Result<ProductCatalog, Problems> {
    guard let text = String(validating: data, as: UTF8.self) else {
      let start = SourceLocation(file: fileName, line: 1, column: 1)
      return .failure(
        Problems(diagnostics: [
          Diagnostic(.error, code: .encoding, Message(SourceMessages.catalogueNotUTF8), at: start)
        ]))
    }
    let (tree, syntax) = YAMLSource.read(text, file: fileName)
    var decoder = SchemaDecoder(
      readFile: { _ in throw CocoaError(.fileReadNoPermission) }, inventoryFile: fileName)
    let root = tree.flatMap {
      decoder.object($0, schema: ProductCatalog.keys.schema, key: "catalogue")
    }
    let problems = (syntax + decoder.diagnostics).filter { $0.severity == .error }
    guard problems.isEmpty, let root, let catalog = ProductCatalog.keys.build(root) else {
      return .failure(Problems(diagnostics: problems))
    }
    return .success(catalog)
  }

  /// The catalogue's errors.
  public struct Problems: Error, Sendable {
    public var diagnostics: [Diagnostic]
  }
}

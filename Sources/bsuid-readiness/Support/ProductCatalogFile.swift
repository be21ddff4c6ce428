import Foundation
import ReadinessCore
import ReadinessInput

/// The bundled product catalogue, `Catalog/products.yaml`, read once per run (a portfolio's
/// clients share it). Missing, it is the installation's problem (exit 74); invalid, every error
/// at its line (exit 65); either fails only an inventory whose systems name a product.
enum ProductCatalogFile {
  static let name = "products.yaml"

  static let cached: Result<ProductCatalog, CLIError> = {
    do throws(CLIError) {
      let url = try ResourceLocator.find("Catalog", missing: .ioError).appendingPathComponent(name)
      guard let data = FileManager.default.contents(atPath: url.path) else {
        return .failure(
          CLIError(
            .ioError, "cannot read the product catalogue", at: url.path,
            hint: "reinstall bsuid-readiness, or restore Catalog/\(name)"))
      }
      switch ProductCatalogLoader.load(data, fileName: url.path) {
      case .success(let catalog): return .success(catalog)
      // The bundled catalogue is the tool's own file: its problems are an installation's, in
      // English like the CLI's other errors.
      case .failure(let problems):
        return .failure(CLIError(invalidInventory: problems.diagnostics, in: EnglishLanguage()))
      }
    } catch {
      return .failure(error)
    }
  }()
}

import Foundation
import ReadinessCore

/// The inventories a `portfolio` run covers: every file named, and every YAML or JSON file
/// directly inside each folder named, sorted by path, each with its own client folder
/// (`PortfolioClient`).
struct PortfolioInputs {
  /// Extensions of the inventory files taken from a folder.
  static let extensions: Set<String> = ["yaml", "yml", "json"]

  let clients: [PortfolioClient]

  /// Reads the folders among `paths`; exit 66 when a path is missing or nothing is found.
  init(_ paths: [String]) throws(CLIError) {
    var files: Set<String> = []
    for path in paths {
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
        throw CLIError(.inputMissing, "no such inventory file or folder", at: path)
      }
      guard isFolder.boolValue else {
        files.insert(path)
        continue
      }
      let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
      let base = path.hasSuffix("/") ? path : path + "/"
      for name in names
      where Self.extensions.contains((name as NSString).pathExtension.lowercased()) {
        files.insert(base + name)
      }
    }
    guard !files.isEmpty else {
      throw CLIError(
        .inputMissing, "no inventory files found in \(paths.joined(separator: ", "))",
        hint: "name inventory files, or folders holding .yaml, .yml or .json inventories")
    }
    clients = PortfolioClient.clients(of: files)
  }

  /// The clients of `shard` (all of them without one).
  func share(_ shard: PortfolioShard?) -> [PortfolioClient] {
    shard?.share(of: clients) ?? clients
  }
}

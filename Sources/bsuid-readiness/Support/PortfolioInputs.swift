import Foundation
import ReadinessCore

/// The inventories a `portfolio` run covers: every file named, and every YAML or JSON file
/// directly inside each folder named, sorted by path, each with its own client folder
/// (`PortfolioClient`). A file found in a folder is read only if it resolves inside that folder
/// and is a regular file (`CSVFiles`); a file named is read wherever it is, if regular.
struct PortfolioInputs: Sendable {
  /// Extensions of the inventory files taken from a folder.
  static let extensions: Set<String> = ["yaml", "yml", "json"]

  let clients: [PortfolioClient]
  /// Each file's confinement: the folder it was found in, or the file itself when named.
  let roots: [String: String]

  /// Reads the folders among `paths`; exit 66 when a path is missing or nothing is found. Each
  /// file's folder is its slug until `keeping` gives it the one earlier runs recorded.
  init(_ paths: [String]) throws(CLIError) {
    var roots: [String: String] = [:]
    for path in paths {
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
        throw CLIError(.inputMissing, "no such inventory file or folder", at: path)
      }
      guard isFolder.boolValue else {
        roots[path] = roots[path] ?? path
        continue
      }
      let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
      let base = path.hasSuffix("/") ? path : path + "/"
      for name in names
      where Self.extensions.contains((name as NSString).pathExtension.lowercased()) {
        roots[base + name] = path
      }
    }
    guard !roots.isEmpty else {
      throw CLIError(
        .inputMissing, "no inventory files found in \(paths.joined(separator: ", "))",
        hint: "name inventory files, or folders holding .yaml, .yml or .json inventories")
    }
    self.init(roots: roots, recorded: [:])
  }

  private init(roots: [String: String], recorded: [String: PortfolioClient.Recorded]) {
    clients = PortfolioClient.clients(of: Set(roots.keys), recorded: recorded)
    self.roots = roots
  }

  /// The same files, each one `recorded` by earlier runs keeping its folder.
  func keeping(_ recorded: [String: PortfolioClient.Recorded]) -> PortfolioInputs {
    PortfolioInputs(roots: roots, recorded: recorded)
  }

  /// Reads `client`'s inventory: inside the folder it was found in, and only a regular file.
  func confinement(of client: PortfolioClient) -> CSVFiles {
    let root = roots[client.file] ?? client.file
    return CSVFiles(
      folder: FileManager.default.currentDirectoryPath, roots: [root],
      wording: .portfolio(folder: root))
  }

  /// The clients of `shard` (all of them without one).
  func share(_ shard: PortfolioShard?) -> [PortfolioClient] {
    shard?.share(of: clients) ?? clients
  }
}

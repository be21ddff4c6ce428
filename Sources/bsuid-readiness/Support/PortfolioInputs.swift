import Foundation
import ReadinessCore

/// The inventories a `portfolio` run covers: every file named, and every YAML or JSON file
/// directly inside each folder named, sorted by path, each with its own client folder.
struct PortfolioInputs {
  /// Extensions of the inventory files taken from a folder.
  static let extensions: Set<String> = ["yaml", "yml", "json"]

  struct Client: Sendable {
    var file: String
    /// Folder under `--out`: the file name's slug, with `-2`, `-3`… when taken.
    var folder: String
  }

  let clients: [Client]

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
    var taken: Set<String> = []
    clients = files.sorted().map { file in
      let stem = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
      let slug = ProgrammeSlug.slug(stem)
      var folder = slug
      var suffix = 2
      while taken.contains(folder) {
        folder = "\(slug)-\(suffix)"
        suffix += 1
      }
      taken.insert(folder)
      return Client(file: file, folder: folder)
    }
  }

  /// The clients of `shard` (all of them without one): every N-th by sorted path, so each
  /// shard's share is stable whatever machine runs it.
  func share(_ shard: Shard?) -> [Client] {
    guard let shard else { return clients }
    return clients.indices.filter { $0 % shard.count == shard.index - 1 }.map { clients[$0] }
  }
}

/// `--shard K/N`: the K-th of N shares of the inventories, counted from 1.
struct Shard: Sendable, Equatable, Codable {
  var index: Int
  var count: Int

  /// Parses `K/N` with 1 ≤ K ≤ N; nil otherwise.
  init?(_ text: String) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]),
      (1...count).contains(index)
    else { return nil }
    self.index = index
    self.count = count
  }

  /// The file a shard run leaves its entries in, for `--rollup`.
  var fileName: String { "portfolio-shard-\(index)-of-\(count).json" }
}

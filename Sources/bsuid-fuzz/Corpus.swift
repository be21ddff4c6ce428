import Foundation

/// The files a fuzz run starts from.
enum Corpus {
  /// Every `.yaml`, `.yml` and `.json` file under the folders, sorted by path (a fixed order,
  /// so a seed always gives the same run).
  static func inputs(in folders: [String]) -> [String] {
    var paths: [String] = []
    for folder in folders {
      let walker = FileManager.default.enumerator(atPath: folder)
      while let path = walker?.nextObject() as? String {
        if ["yaml", "yml", "json"].contains((path as NSString).pathExtension) {
          paths.append(folder + "/" + path)
        }
      }
    }
    return paths.sorted().compactMap { try? String(contentsOfFile: $0, encoding: .utf8) }
  }

  /// The `.mustache` files under `folder`, keyed by their path relative to it.
  static func templates(in folder: String) -> [String: String] {
    var found: [String: String] = [:]
    let walker = FileManager.default.enumerator(atPath: folder)
    while let path = walker?.nextObject() as? String {
      guard path.hasSuffix(".mustache") else { continue }
      found[path] = try? String(contentsOfFile: folder + "/" + path, encoding: .utf8)
    }
    return found
  }
}

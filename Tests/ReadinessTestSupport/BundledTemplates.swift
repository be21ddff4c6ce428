import Foundation

/// The report templates as the repository bundles them, for tests that render with them.
public enum BundledTemplates {
  /// The repository root (this file is Tests/ReadinessTestSupport/…).
  public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// Every bundled template, keyed by its path under `Templates/html`.
  public static func all() throws -> [String: String] {
    let folder = root.appendingPathComponent("Templates/html")
    var found: [String: String] = [:]
    let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
    while let url = walker?.nextObject() as? URL {
      guard url.pathExtension == "mustache" else { continue }
      let relative = String(
        url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))
      found[relative] = try String(contentsOf: url, encoding: .utf8)
    }
    return found
  }
}

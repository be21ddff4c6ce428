import Foundation

/// Finds the project's bundled resource folders (`Templates/`, `Schemas/`) whether the tool runs
/// through `swift run`, as the built binary from another working directory, or installed elsewhere.
enum ResourceLocator {
  /// Folders searched, in order: `$BSUID_READINESS_HOME`, the executable's folder and its parents
  /// (a binary under `.build/…` finds the repository), then the working directory.
  static func find(_ name: String) -> URL? {
    var roots: [URL] = []
    if let home = ProcessInfo.processInfo.environment["BSUID_READINESS_HOME"] {
      roots.append(URL(fileURLWithPath: home))
    }
    var folder = executableURL.deletingLastPathComponent()
    while folder.path != "/" && !folder.path.isEmpty {
      roots.append(folder)
      folder.deleteLastPathComponent()
    }
    roots.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    for root in roots {
      let candidate = root.appendingPathComponent(name)
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory),
        isDirectory.boolValue
      {
        return candidate
      }
    }
    return nil
  }

  /// The running binary, with symbolic links resolved.
  private static var executableURL: URL {
    let path = CommandLine.arguments.first ?? ""
    let url =
      path.contains("/")
      ? URL(fileURLWithPath: path) : Bundle.main.executableURL ?? URL(fileURLWithPath: path)
    return url.resolvingSymlinksInPath()
  }
}

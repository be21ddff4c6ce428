import Foundation

/// Finds the bundled resource folders (`Templates/`, `Schemas/`, `Catalog/`, `Translations/`): in `$BSUID_READINESS_HOME`
/// when it is set, else beside the executable or in one of its parent folders (a binary under
/// `.build/…` finds the repository). Never in the working directory: a folder planted there
/// must not change what an installed binary renders or checks against.
enum ResourceLocator {
  /// The environment variable that names the folder holding the resource folders.
  static let homeVariable = "BSUID_READINESS_HOME"

  /// The folder `name`; throws with `status` when it is missing, and when
  /// `BSUID_READINESS_HOME` is set but does not hold it (no silent fallback).
  static func find(_ name: String, missing status: ExitStatus) throws(CLIError) -> URL {
    if let home = ProcessInfo.processInfo.environment[homeVariable], !home.isEmpty {
      let candidate = URL(fileURLWithPath: home).appendingPathComponent(name)
      guard isDirectory(candidate) else {
        throw CLIError(
          status, "\(homeVariable) is set to '\(home)', which holds no \(name)/ folder",
          hint:
            "point \(homeVariable) at the folder that holds Templates/ and Schemas/, or unset it")
      }
      return candidate
    }
    var folder = executableURL.deletingLastPathComponent()
    while folder.path != "/" && !folder.path.isEmpty {
      let candidate = folder.appendingPathComponent(name)
      if isDirectory(candidate) { return candidate }
      folder.deleteLastPathComponent()
    }
    throw CLIError(
      status, "cannot find the bundled \(name)/ folder beside \(executableURL.path) or above it",
      hint: "set \(homeVariable) to the folder that holds Templates/ and Schemas/")
  }

  private static func isDirectory(_ url: URL) -> Bool {
    var flag: ObjCBool = false
    return FileManager.default.fileExists(atPath: url.path, isDirectory: &flag) && flag.boolValue
  }

  /// The running binary, with symbolic links resolved (`/proc/self/exe` on Linux).
  private static var executableURL: URL {
    if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      return URL(fileURLWithPath: path)
    }
    return (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0]))
      .resolvingSymlinksInPath()
  }
}

import Foundation
import ReadinessRender

/// Writes a set of files into a folder so that a failure or an interruption leaves nothing
/// half-written, and concurrent runs never mix their files: every file goes to a
/// `TemporaryFile` first; only when all are written does the run take the folder's
/// `FolderLock`, delete temporary files killed runs left, and rename its own into place.
enum AtomicWriter {
  /// Why writing failed, mapped to exit 73 (cannot create) or 74 (I/O error) by `cliError`.
  enum Failure: Error, CustomStringConvertible {
    case cannotCreateFolder(String, String)
    case cannotWrite(String, String)

    var description: String {
      switch self {
      case .cannotCreateFolder(let path, let why): "cannot create the output folder \(path): \(why)"
      case .cannotWrite(let path, let why): "cannot write \(path): \(why)"
      }
    }

    /// The error the command stops with.
    var cliError: CLIError {
      switch self {
      case .cannotCreateFolder:
        CLIError(
          .cannotCreateOutput, "\(self)",
          hint: "check that no part of the path is a file and that the folder is writable")
      case .cannotWrite:
        CLIError(
          .ioError, "\(self)",
          hint: "check that the output folder is writable, has space, and holds no folder"
            + " named like an output file")
      }
    }
  }

  static func write(_ files: [RenderedFile], into folder: URL) throws(Failure) {
    SignalCleanup.install()
    try makeFolder(folder)
    var staged: [(temp: TemporaryFile, final: String)] = []
    defer { for entry in staged { entry.temp.discard() } }
    for file in files {
      let final = folder.appendingPathComponent(file.name).path
      staged.append((try TemporaryFile(in: folder, for: file.name, bytes: file.bytes), final))
    }
    let lock = try FolderLock(folder)
    defer { lock.release() }
    TemporaryFile.removeStale(in: folder)
    // rename(2) cannot replace a folder: find one in the way before any file is replaced, so a
    // failure leaves the folder as it was rather than half last week's and half this week's.
    for entry in staged {
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: entry.final, isDirectory: &isFolder),
        isFolder.boolValue
      {
        throw .cannotWrite(entry.final, "a folder of that name is in the way")
      }
    }
    for entry in staged { try entry.temp.rename(to: entry.final) }
  }

  /// Creates `folder` and its missing parents, saying which part of the path is in the way.
  private static func makeFolder(_ folder: URL) throws(Failure) {
    if let problem = create(folder) { throw .cannotCreateFolder(folder.path, problem) }
  }

  /// Creates `folder` and its missing parents; why it cannot, or nil.
  private static func create(_ folder: URL) -> String? {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) {
      return isFolder.boolValue ? nil : "\(folder.path) is a file, not a folder"
    }
    let parent = folder.deletingLastPathComponent()
    if parent.path != folder.path, let problem = create(parent) { return problem }
    return mkdir(folder.path, 0o777) == 0 || errno == EEXIST ? nil : systemError()
  }

  /// The message of the current `errno`.
  static func systemError() -> String { String(cString: strerror(errno)) }
}

import Foundation
import ReadinessRender

/// Writes a set of files into a folder so that a failure or an interruption leaves nothing
/// half-written, and concurrent runs never mix their files: every file goes to a
/// `TemporaryFile` first (see `Staging`); only when all are written does the run take the
/// folder's `FolderLock`, delete temporary files killed runs left, and rename its own into place.
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

  /// Writes `files` into `folder`: each to a temporary file, then all renamed into place.
  static func write(_ files: [RenderedFile], into folder: URL) throws(Failure) {
    let staging = Staging(folder)
    for (order, file) in files.enumerated() { staging.stage(file, order: order) }
    try staging.commit()
  }

  /// Creates `folder` and its missing parents; the folders it made, outermost first.
  static func makeFolder(_ folder: URL) throws(Failure) -> [String] {
    var made: [String] = []
    if let problem = create(folder, made: &made) {
      throw .cannotCreateFolder(folder.path, problem)
    }
    return made
  }

  /// Creates `folder` and its missing parents, recording each one made; why it cannot, or nil.
  private static func create(_ folder: URL, made: inout [String]) -> String? {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) {
      return isFolder.boolValue ? nil : "\(folder.path) is a file, not a folder"
    }
    let parent = folder.deletingLastPathComponent()
    if parent.path != folder.path, let problem = create(parent, made: &made) { return problem }
    if mkdir(folder.path, 0o777) == 0 {
      made.append(folder.path)
      return nil
    }
    return errno == EEXIST ? nil : systemError()
  }

  /// The message of the current `errno`.
  static func systemError() -> String { String(cString: strerror(errno)) }
}

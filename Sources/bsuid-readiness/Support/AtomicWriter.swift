import Foundation
import ReadinessRender

/// Writes a set of files into a folder so that a failure leaves nothing half-written:
/// every file goes to a temporary name first, and only when all are written are they renamed.
enum AtomicWriter {
  /// Why writing failed, mapped to exit 73 (cannot create) or 74 (I/O error) by the caller.
  enum Failure: Error, CustomStringConvertible {
    case cannotCreateFolder(String, String)
    case cannotWrite(String, String)

    var description: String {
      switch self {
      case .cannotCreateFolder(let path, let why): "cannot create the output folder \(path): \(why)"
      case .cannotWrite(let path, let why): "cannot write \(path): \(why)"
      }
    }
  }

  static func write(_ files: [RenderedFile], into folder: URL) throws(Failure) {
    let manager = FileManager.default
    do {
      try manager.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw .cannotCreateFolder(folder.path, error.localizedDescription)
    }
    var staged: [(temp: URL, final: URL)] = []
    defer { for entry in staged { try? manager.removeItem(at: entry.temp) } }
    for file in files {
      let final = folder.appendingPathComponent(file.name)
      let temp = folder.appendingPathComponent(
        ".\(file.name).\(ProcessInfo.processInfo.processIdentifier).tmp")
      do {
        try file.bytes.write(to: temp)
      } catch {
        throw .cannotWrite(final.path, error.localizedDescription)
      }
      staged.append((temp, final))
    }
    // rename(2) cannot replace a folder: find one in the way before any file is replaced, so a
    // failure leaves the folder as it was rather than half last week's and half this week's.
    for entry in staged {
      var isFolder: ObjCBool = false
      if manager.fileExists(atPath: entry.final.path, isDirectory: &isFolder), isFolder.boolValue {
        throw .cannotWrite(entry.final.path, "a folder of that name is in the way")
      }
    }
    for entry in staged {
      if rename(entry.temp.path, entry.final.path) != 0 {
        throw .cannotWrite(entry.final.path, String(cString: strerror(errno)))
      }
    }
    staged.removeAll()
  }
}

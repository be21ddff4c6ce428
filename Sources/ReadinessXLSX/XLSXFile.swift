import Foundation
import ReadinessRender

/// A workbook as bytes. libxlsxwriter 1.1.4 (Debian 12's) writes only to a path, so the
/// workbook goes to a private temporary file (created exclusively by `mkstemps`, removed at
/// once) and is read back: a workbook then renders on any thread like every other file, and
/// the CLI writes it into place atomically with the others.
enum XLSXFile {
  static func rendered(
    name: String, _ write: (String) throws(XLSXError) -> Void
  ) throws(XLSXError) -> RenderedFile {
    var template = Array(
      (FileManager.default.temporaryDirectory.path + "/bsuid-readiness-XXXXXX.xlsx").utf8CString)
    let descriptor = mkstemps(&template, 5)
    guard descriptor >= 0 else {
      throw XLSXError(
        description: "cannot create a temporary file: \(String(cString: strerror(errno)))")
    }
    close(descriptor)
    let path = String(cString: template)
    defer { unlink(path) }
    try write(path)
    guard let bytes = FileManager.default.contents(atPath: path) else {
      throw XLSXError(description: "cannot read back the temporary workbook \(path)")
    }
    return RenderedFile(name: name, bytes: bytes)
  }
}

import Foundation
import ReadinessRender

/// A file `report` or `init` writes: its name in the output folder and how to write it to a
/// path. Most are rendered bytes; workbook.xlsx is written by libxlsxwriter straight to the path,
/// so `AtomicWriter` hands every file the temporary path and renames it into place.
struct OutputFile {
  let name: String
  let write: (URL) throws -> Void

  init(name: String, write: @escaping (URL) throws -> Void) {
    self.name = name
    self.write = write
  }

  init(_ rendered: RenderedFile) {
    self.init(name: rendered.name) { try rendered.bytes.write(to: $0) }
  }
}

import Foundation
import ReadinessRender

/// A file `report` or `init` writes: its name in the output folder and its content. Most are
/// rendered bytes; workbook.xlsx is written by libxlsxwriter itself, so its content is a writer
/// that `AtomicWriter` hands the temporary file's path.
struct OutputFile {
  /// How the file's content is made.
  enum Content {
    case bytes(Data)
    /// Writes the whole file at the given path (an empty file created for it).
    case writer((URL) throws -> Void)
  }

  let name: String
  let content: Content

  init(name: String, writer: @escaping (URL) throws -> Void) {
    self.name = name
    content = .writer(writer)
  }

  init(_ rendered: RenderedFile) {
    name = rendered.name
    content = .bytes(rendered.bytes)
  }
}

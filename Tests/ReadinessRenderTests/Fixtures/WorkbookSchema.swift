import Foundation

/// The repository's `Schemas/workbook.xsd`, read from the source tree.
enum WorkbookSchema {
  /// The repository root (this file is Tests/ReadinessRenderTests/Fixtures/WorkbookSchema.swift).
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static let url = root.appendingPathComponent("Schemas/workbook.xsd")

  static func bytes() throws -> Data { try Data(contentsOf: url) }
}

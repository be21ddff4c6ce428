import Foundation

/// The repository's `Schemas/workbook.xsd`, read from the source tree.
public enum WorkbookSchema {
  public static let url = BundledTemplates.root.appendingPathComponent("Schemas/workbook.xsd")

  public static func bytes() throws -> Data { try Data(contentsOf: url) }
}

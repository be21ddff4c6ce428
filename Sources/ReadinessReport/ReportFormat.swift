import Foundation
import ReadinessCore
import ReadinessRender

/// A file `report` can write: its `--format` name, its file name, when it starts rendering,
/// and how it is rendered and checked. Every format is in `ReportFormat.all`, the one list that
/// `--format`, `report`'s render order, `portfolio`'s client files and the fuzzer read.
public struct ReportFormat: Sendable {
  /// The name `--format` takes.
  public let name: String
  /// The file written into the report folder.
  public let fileName: String
  /// Formats render from the lowest rank up: the costliest first, so the cores finish together.
  public let costRank: Int
  /// Whether a weekly run writes it when `--format` is not given.
  public let isDefault: Bool
  /// Whether it is rendered from the HTML templates (`Resources.templates`).
  public let usesTemplates: Bool
  /// The bundled XML Schema (in `Schemas/`) the file is checked against; nil when none.
  public let schema: String?
  private let prepare: @Sendable (Resources) throws(Failure) -> Renderer

  public init(
    name: String, fileName: String, costRank: Int, isDefault: Bool, usesTemplates: Bool = false,
    schema: String? = nil, prepare: @escaping @Sendable (Resources) throws(Failure) -> Renderer
  ) {
    self.name = name
    self.fileName = fileName
    self.costRank = costRank
    self.isDefault = isDefault
    self.usesTemplates = usesTemplates
    self.schema = schema
    self.prepare = prepare
  }

  /// The format's renderer, made once per run from `resources`; a template that does not
  /// parse throws `Failure.templates`.
  public func renderer(_ resources: Resources) throws(Failure) -> Renderer {
    try prepare(resources)
  }
}

extension ReportFormat: Equatable {
  public static func == (a: ReportFormat, b: ReportFormat) -> Bool { a.name == b.name }
}

extension ReportFormat {
  /// Every format, in the order `--format`'s help lists them. A new format is one file in
  /// `Formats/` and one line here.
  public static let all: [ReportFormat] = [
    .html, .briefing, .xml, .md, .xlsx, .ics, .mspdi, .reportPDF, .briefingPDF,
  ]

  /// Names `--format` takes for several formats at once: `pdf` is both PDFs.
  public static let groups: [String: [ReportFormat]] = ["pdf": [.reportPDF, .briefingPDF]]

  /// What a weekly run writes when `--format` is not given.
  public static var defaults: [ReportFormat] { all.filter(\.isDefault) }

  /// Every format's name, comma-separated, for help and errors; then the groups.
  public static var names: String {
    (all.map(\.name)
      + groups.keys.sorted().map { "\($0) (\(groups[$0]!.map(\.name).joined(separator: " + ")))" })
      .joined(separator: ", ")
  }

  /// The format `--format` calls `name`; nil when there is none.
  public static func named(_ name: String) -> ReportFormat? { all.first { $0.name == name } }

  /// The formats `name` stands for: one format, or a group's; nil when it is neither.
  public static func expand(_ name: String) -> [ReportFormat]? {
    groups[name] ?? named(name).map { [$0] }
  }

  /// Whether it prints a page to PDF (it needs a `PDFPrinter`).
  public var isPDF: Bool { self == .reportPDF || self == .briefingPDF }

  /// `formats` in the order they start rendering: by cost rank, costliest first. Every format
  /// given is kept.
  public static func renderOrder(_ formats: [ReportFormat]) -> [ReportFormat] {
    formats.enumerated().sorted {
      ($0.element.costRank, $0.offset) < ($1.element.costRank, $1.offset)
    }
    .map(\.element)
  }
}

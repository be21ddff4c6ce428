extension ReportFormat {
  /// Every format, in the order `--format`'s help lists them. A new format is one file in
  /// `Formats/` and one line here.
  public static let all: [ReportFormat] = [.html, .briefing, .xml, .md, .xlsx, .ics]

  /// What a weekly run writes when `--format` is not given.
  public static var defaults: [ReportFormat] { all.filter(\.isDefault) }

  /// Every format's name, comma-separated, for help and errors.
  public static var names: String { all.map(\.name).joined(separator: ", ") }

  /// The format `--format` calls `name`; nil when there is none.
  public static func named(_ name: String) -> ReportFormat? { all.first { $0.name == name } }

  /// `formats` in the order they start rendering: by cost rank, costliest first. Every format
  /// given is kept.
  public static func renderOrder(_ formats: [ReportFormat]) -> [ReportFormat] {
    formats.enumerated().sorted {
      ($0.element.costRank, $0.offset) < ($1.element.costRank, $1.offset)
    }
    .map(\.element)
  }
}

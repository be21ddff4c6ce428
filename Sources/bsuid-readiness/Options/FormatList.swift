import ArgumentParser
import ReadinessReport

/// `--format`'s value: a comma-separated list of `ReportFormat.all`'s names.
enum FormatList {
  /// Parses `xml,html`-style lists, keeping the given order and dropping repeats.
  static func parse(_ text: String) throws -> [ReportFormat] {
    var formats: [ReportFormat] = []
    for name in text.split(separator: ",", omittingEmptySubsequences: false) {
      let trimmed = name.trimmingCharacters(in: .whitespaces).lowercased()
      guard let expanded = ReportFormat.expand(trimmed) else {
        throw ValidationError(
          "unknown format '\(TerminalText.clean(trimmed, limit: 40))' (available: \(ReportFormat.names))"
        )
      }
      for format in expanded where !formats.contains(format) { formats.append(format) }
    }
    return formats
  }
}

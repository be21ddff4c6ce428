import ArgumentParser
import Foundation

/// A report file `report` can write; `--format` takes a comma-separated list of these.
/// A format joins this list together with its renderer, so every case here produces a file.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
  /// `report.html`: the self-contained report from the templates in `Templates/html`.
  case html
  /// `workbook.xml`: every figure as data, valid against `Schemas/workbook.xsd`.
  case xml

  /// Every format's name, comma-separated, for help and errors.
  static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }

  /// Parses `xml,html`-style lists, keeping the given order and dropping repeats.
  static func list(_ text: String) throws -> [OutputFormat] {
    var formats: [OutputFormat] = []
    for name in text.split(separator: ",", omittingEmptySubsequences: false) {
      let trimmed = name.trimmingCharacters(in: .whitespaces).lowercased()
      guard let format = OutputFormat(rawValue: trimmed) else {
        throw ValidationError("unknown format '\(trimmed)' (available: \(names))")
      }
      if !formats.contains(format) { formats.append(format) }
    }
    return formats
  }
}

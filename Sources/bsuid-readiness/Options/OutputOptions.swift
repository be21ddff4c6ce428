import ArgumentParser
import Foundation
import ReadinessCore
import ReadinessReport

/// Where `report` writes and what: `--out`, `--format`, `--templates`.
struct OutputOptions: ParsableArguments {
  @Option(
    name: .customLong("out"),
    help: ArgumentHelp(
      "Folder to write the report files into (default: Output/<programme-slug>/<as-of>/).",
      valueName: "dir"))
  var out: String?

  @Option(
    name: .customLong("format"),
    help: ArgumentHelp(
      "Comma-separated files to write: \(ReportFormat.names)"
        + " (default: \(ReportFormat.defaults.map(\.name).joined(separator: ", "))).",
      valueName: "formats"),
    transform: FormatList.parse)
  var formatLists: [[ReportFormat]] = []

  @Option(
    name: .customLong("templates"),
    help: ArgumentHelp(
      "Folder of report templates that override the bundled Templates/.", valueName: "dir"))
  var templates: String?

  /// The formats asked for, in order; `ReportFormat.defaults` when `--format` is not given.
  var formats: [ReportFormat] {
    var formats: [ReportFormat] = []
    for format in formatLists.joined() where !formats.contains(format) { formats.append(format) }
    return formats.isEmpty ? ReportFormat.defaults : formats
  }

  /// `--out`, or `Output/<slug>/<as-of>/` under the working directory.
  func folder(slug: String, asOf: Day) -> URL {
    if let out { return URL(fileURLWithPath: out, isDirectory: true) }
    return Self.defaultFolder(slug: slug).appendingPathComponent(asOf.iso, isDirectory: true)
  }

  /// `Output/<slug>/` under the working directory: the programme's folder of reports.
  static func defaultFolder(slug: String) -> URL {
    URL(fileURLWithPath: "Output", isDirectory: true)
      .appendingPathComponent(slug.isEmpty ? "programme" : slug, isDirectory: true)
  }

  /// An empty `--out` is a usage error (it would write into the working directory).
  func validate() throws {
    if out?.isEmpty == true { throw ValidationError("--out needs a folder path") }
  }
}

import ArgumentParser
import Foundation

/// Where `report` records its snapshot: `--history FILE`, or `--no-history`.
struct HistoryOptions: ParsableArguments {
  @Option(
    name: .customLong("history"),
    help: ArgumentHelp(
      "SQLite file of past reports to compare with and record into"
        + " (default: history.sqlite beside the default output folder, Output/<programme-slug>/).",
      valueName: "file"))
  var history: String?

  @Flag(
    name: .customLong("no-history"), help: "Neither compare with past reports nor record this one.")
  var noHistory = false

  /// The history file, nil with `--no-history`. The default sits in the parent of the default
  /// output folder, so every as-of of a programme shares it, wherever `--out` points.
  func file(slug: String) -> URL? {
    if noHistory { return nil }
    if let history { return URL(fileURLWithPath: history) }
    return OutputOptions.defaultFolder(slug: slug).appendingPathComponent("history.sqlite")
  }

  func validate() throws {
    if noHistory && history != nil {
      throw ValidationError("--history and --no-history cannot be used together")
    }
    if history?.isEmpty == true { throw ValidationError("--history needs a file path") }
  }
}

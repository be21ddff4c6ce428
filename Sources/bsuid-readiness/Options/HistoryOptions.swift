import ArgumentParser
import Foundation
import ReadinessHistory

/// Where `report` records its snapshot: `--history FILE` or `--history postgres://…` (else the
/// environment's `BSUID_READINESS_HISTORY`, else the default file), or `--no-history`.
struct HistoryOptions: ParsableArguments {
  @Option(
    name: .customLong("history"),
    help: ArgumentHelp(
      "SQLite file, or postgres://user@host:port/database URL (no password), of past reports"
        + " to compare with and record into (default: $BSUID_READINESS_HISTORY, else"
        + " history.sqlite beside the default output folder, Output/<programme-slug>/).",
      valueName: "file-or-url"))
  var history: String?

  @Flag(
    name: .customLong("no-history"), help: "Neither compare with past reports nor record this one.")
  var noHistory = false

  @OptionGroup var client: ClientOption

  /// The history `--history` or the environment names, nil when neither does (or with
  /// `--no-history`); read once, before the inventory.
  func named() throws(CLIError) -> HistoryPlace? {
    noHistory ? nil : try client.apply(to: try HistoryPlace.named(history)?.absolute)
  }

  /// The history of the programme `slug`, nil with `--no-history`: `named`, else the default
  /// file, in the parent of the default output folder, so every as-of of a programme shares
  /// it, wherever `--out` points.
  func place(slug: String, named: HistoryPlace?) -> HistoryPlace? {
    if noHistory { return nil }
    return named ?? .file(Self.defaultFile(slug: slug).path)
  }

  /// `Output/<slug>/history.sqlite`.
  static func defaultFile(slug: String) -> URL {
    OutputOptions.defaultFolder(slug: slug).appendingPathComponent("history.sqlite")
  }

  func validate() throws {
    if noHistory && history != nil {
      throw ValidationError("--history and --no-history cannot be used together")
    }
    if history?.isEmpty == true { throw ValidationError("--history needs a file path") }
    try Self.check(history)
  }

  /// A usage error when `history` is a PostgreSQL URL that cannot be used (a password in it,
  /// an unknown sslmode…); the password file is not read yet.
  static func check(_ history: String?) throws {
    guard let history, PostgresLocation.isURL(history) else { return }
    do {
      _ = try PostgresLocation(url: history, passwordAllowed: false)
    } catch {
      throw ValidationError("--history cannot be used: \(error.reason)")
    }
  }
}

import Foundation
import ReadinessHistory

/// Where a portfolio keeps its histories: SQLite files under the output folder (each client's
/// `<client>/history.sqlite` and the roll-up's `portfolio.sqlite`), or one PostgreSQL database,
/// each client's history in a schema of its own and the roll-up's runs in the URL's schema, so
/// that shards on many machines write into it at once.
enum PortfolioHistory {
  case files(URL)
  case postgres(PostgresLocation)

  /// The history `--history` or the environment names (a PostgreSQL URL only: a portfolio's
  /// SQLite files are always under `--out`), else the files under `out`; nil with
  /// `--no-history`.
  static func named(_ option: String?, noHistory: Bool, out: URL) throws(CLIError)
    -> PortfolioHistory?
  {
    if noHistory { return nil }
    switch try HistoryPlace.named(option) {
    case nil: return .files(out)
    case .postgres(let location)?: return .postgres(location)
    case .file(let path)?:
      throw CLIError(
        .usage,
        "a portfolio's history is a postgres:// URL, not the file '\(path)'"
          + (option == nil ? " (from \(HistoryPlace.variable))" : ""),
        hint: "a portfolio keeps its SQLite histories under --out; pass --history"
          + " postgres://user@host/database to share one database between machines")
    }
  }

  /// `place`, or none and why: a PostgreSQL database is opened before any client writes into
  /// it, so that one that is not this tool's, or that cannot be reached, gets no client's
  /// schema either; the run then goes on without history, and exits 74.
  static func usable(_ place: PortfolioHistory?) -> (PortfolioHistory?, CLIError?) {
    guard case .postgres? = place, let place else { return (place, nil) }
    do {
      _ = try PortfolioRecording(place)
      return (place, nil)
    } catch {
      return (nil, error)
    }
  }

  /// The history of the client whose folder is `folder`.
  func client(_ folder: String) -> HistoryPlace {
    switch self {
    case .files(let out):
      .file(
        out.appendingPathComponent(folder, isDirectory: true)
          .appendingPathComponent("history.sqlite").path)
    case .postgres(let location): .postgres(location.client(folder))
    }
  }

  /// What messages name: `portfolio.sqlite` under the output folder, or the URL.
  var rollupName: String {
    switch self {
    case .files: PortfolioRecording.fileName
    case .postgres(let location): location.description
    }
  }
}
